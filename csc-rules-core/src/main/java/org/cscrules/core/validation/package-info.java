/**
 * Validation of requests before any rule runs: the {@link org.cscrules.core.validation.RequestValidator}
 * that checks a request's constraints all at once, and the one exception, {@link
 * org.cscrules.core.validation.InvalidRequestException}, that lists every violation of any invalid
 * input as path and message. The constraints themselves are internal.
 *
 * <p>Null is a valid value in this package's API only where its type is marked {@code @Nullable}
 * (JSpecify).
 */
@NullMarked
package org.cscrules.core.validation;

import org.jspecify.annotations.NullMarked;
