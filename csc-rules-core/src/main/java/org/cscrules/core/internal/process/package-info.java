/**
 * Internal to csc-rules: how a complaint's state records an event and how its basis is made and
 * compared, for csc-rules-drl's process. Not an API, and free to change in any release.
 */
package org.cscrules.core.internal.process;
