/**
 * A council's local choices where the law is silent or unclear:
 * {@link org.cscrules.core.policy.LocalPolicy}, with the statutory defaults and an example preset.
 *
 * <p>Null is a valid value in this package's API only where its type is marked {@code @Nullable}
 * (JSpecify).
 */
@NullMarked
package org.cscrules.core.policy;

import org.jspecify.annotations.NullMarked;
