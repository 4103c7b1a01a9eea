/**
 * A council's local choices where the law is silent or unclear:
 * {@link org.cscrules.core.policy.LocalPolicy}, with the statutory defaults and an example preset.
 */
package org.cscrules.core.policy;
