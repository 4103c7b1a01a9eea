/** The annual report example: a synthetic year of records, its report, and charts across years. */
package org.cscrules.examples.report;
