/**
 * The remedy list: which decisions and journeys a council kept this release answers differently,
 * the corrections behind each, and what the council should consider doing ({@link
 * org.cscrules.core.remedy.RemedyList}).
 *
 * <p>Unless its type is marked {@code @Nullable}, null is not an expected argument or result here.
 */
@NullMarked
package org.cscrules.core.remedy;

import org.jspecify.annotations.NullMarked;
