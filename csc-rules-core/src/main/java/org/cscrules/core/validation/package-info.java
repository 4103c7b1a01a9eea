/**
 * The error contract of every input checked before any rule runs: the one exception, {@link
 * org.cscrules.core.validation.InvalidRequestException}, that lists every {@link
 * org.cscrules.core.validation.Violation} of an invalid request, state, event or policy as path
 * and message. It depends on no other package of csc-rules, so that every layer can throw it; the
 * constraints sit beside the types they check, and {@link org.cscrules.core.RequestValidator}
 * checks a request on its own.
 *
 * <p>Null is a valid value in this package's API only where its type is marked {@code @Nullable}
 * (JSpecify).
 */
@NullMarked
package org.cscrules.core.validation;

import org.jspecify.annotations.NullMarked;
