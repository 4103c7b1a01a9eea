/**
 * csc-rules' public API: the services a caseworker system calls,
 * {@link org.cscrules.core.EligibilityService} and {@link org.cscrules.core.ComplaintProcess}.
 * The model they take and give lives in the sub-packages: {@code request} (what happened),
 * {@code decision} (what the law says about it), {@code timescale} (the statutory clocks),
 * {@code policy} (a council's local choices) and {@code law} (citations).
 */
package org.cscrules.core;
