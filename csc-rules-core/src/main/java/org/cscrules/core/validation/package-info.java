/**
 * Validation of requests before any rule runs: Jakarta Validation constraints on the model, the
 * {@link org.cscrules.core.validation.RequestValidator} that checks them all at once, and the one
 * exception, {@link org.cscrules.core.validation.InvalidRequestException}, that lists every
 * violation as path and message.
 */
package org.cscrules.core.validation;
