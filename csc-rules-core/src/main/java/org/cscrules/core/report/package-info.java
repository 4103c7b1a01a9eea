/**
 * The annual report every council publishes on its children's social care complaints (as
 * Cheshire West and Chester, Harrow and Halton publish theirs): its tables computed from case records, timeliness counted on the statutory calendar.
 *
 * <p>Unless its type is marked {@code @Nullable}, null is not an expected argument or result here;
 * where a constructor reads a missing value as empty (as older releases wrote none), its comment
 * says so.
 */
@NullMarked
package org.cscrules.core.report;

import org.jspecify.annotations.NullMarked;
