/**
 * Internal to csc-rules: the validator the services run, over the constraints the model's types
 * carry. Public only because csc-rules-drl uses it; not an API, and free to change in any release.
 */
package org.cscrules.core.internal.validation;
