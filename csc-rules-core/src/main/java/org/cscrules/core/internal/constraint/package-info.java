/**
 * Internal to csc-rules: what the model's own Jakarta Validation constraints share (a date within
 * the calendar's range, and the collector that reports each violation on its own property). Public
 * only because the request and process packages use it; not an API, and free to change in any
 * release.
 */
package org.cscrules.core.internal.constraint;
