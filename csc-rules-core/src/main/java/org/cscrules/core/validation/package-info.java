/**
 * Validation of requests before any rule runs: the {@link org.cscrules.core.RequestValidator}
 * that checks a request's constraints all at once, and the one exception, {@link
 * org.cscrules.core.validation.InvalidRequestException}, that lists every violation of any invalid
 * input as path and message. The constraints themselves are internal.
 */
package org.cscrules.core.validation;
