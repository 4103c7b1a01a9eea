/**
 * The JSON entry point: {@code csc-rules assess} and {@code csc-rules process} read a request as
 * JSON and write the library's answer as JSON, for systems and test suites that are not Java.
 */
package org.cscrules.examples.json;
