/**
 * csc-rules' public API: the services a caseworker system calls,
 * {@link org.cscrules.core.EligibilityService}, {@link org.cscrules.core.ComplaintProcess} and
 * {@link org.cscrules.core.RequestValidator}, and the service-provider interface an implementation
 * offers them by, {@link org.cscrules.core.CscRulesProvider}. The model they take and give lives
 * in the sub-packages: {@code request} (what happened), {@code decision} (what the law says about
 * it), {@code process} (a complaint's stages), {@code timescale} (the deadlines), {@code policy} (a
 * council's local choices), {@code law} (citations and the statutory timescales), {@code audit},
 * {@code report} and {@code remedy}. Each package depends only on those below it: an ArchUnit test
 * keeps it so.
 *
 * <p>Null is a valid value in this package's API only where its type is marked {@code @Nullable}
 * (JSpecify).
 */
@NullMarked
package org.cscrules.core;

import org.jspecify.annotations.NullMarked;
