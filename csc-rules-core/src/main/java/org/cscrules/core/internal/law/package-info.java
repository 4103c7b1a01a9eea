/**
 * Not an API: the library's check that its citations claim no more than their sections, shared by
 * its modules' tests.
 */
package org.cscrules.core.internal.law;
