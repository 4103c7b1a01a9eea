/**
 * A complaint's journey through the three stages: its
 * state, the events that move it, the rulings on each event and the deadlines that run.
 *
 * <p>Unless its type is marked {@code @Nullable}, null is not an expected argument or result here;
 * where a constructor reads a missing value as empty (as older releases wrote none), or keeps a
 * null for validation to report before any rule runs, its comment says so.
 */
@NullMarked
package org.cscrules.core.process;

import org.jspecify.annotations.NullMarked;
