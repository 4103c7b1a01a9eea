/**
 * Internal to csc-rules: the Jakarta Validation constraints of the model and the validator the
 * services run. Public only because the model and csc-rules-drl use them; not an API, and free to
 * change in any release.
 */
package org.cscrules.core.internal.validation;
