/**
 * csc-rules' public API: the services a caseworker system calls,
 * {@link org.cscrules.core.EligibilityService} and {@link org.cscrules.core.ComplaintProcess}.
 * The model they take and give lives in the sub-packages: {@code request} (what happened),
 * {@code decision} (what the law says about it), {@code timescale} (the statutory clocks),
 * {@code policy} (a council's local choices) and {@code law} (citations).
 *
 * <p>Null is a valid value in this package's API only where its type is marked {@code @Nullable}
 * (JSpecify).
 */
@NullMarked
package org.cscrules.core;

import org.jspecify.annotations.NullMarked;
