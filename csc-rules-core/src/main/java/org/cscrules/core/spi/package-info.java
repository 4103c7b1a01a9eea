/**
 * The service-provider interface through which {@link org.cscrules.core.EligibilityService#create()}
 * and {@link org.cscrules.core.ComplaintProcess#create()} find their implementation
 * ({@code csc-rules-drl}) with {@link java.util.ServiceLoader}. Callers never use it directly.
 */
package org.cscrules.core.spi;
