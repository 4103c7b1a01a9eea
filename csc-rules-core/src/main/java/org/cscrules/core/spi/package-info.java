/**
 * The service-provider interface through which {@link org.cscrules.core.EligibilityService#create()}
 * and {@link org.cscrules.core.ComplaintProcess#create()} find their implementation
 * ({@code csc-rules-drl}) with {@link java.util.ServiceLoader}. Callers never use it directly.
 *
 * <p>Null is a valid value in this package's API only where its type is marked {@code @Nullable}
 * (JSpecify).
 */
@NullMarked
package org.cscrules.core.spi;

import org.jspecify.annotations.NullMarked;
