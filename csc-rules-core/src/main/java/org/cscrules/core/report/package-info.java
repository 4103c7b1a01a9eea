/**
 * The annual report every council publishes on its children's social care complaints (seeds 001,
 * 002, 003): its tables computed from case records, timeliness counted on the statutory calendar.
 */
package org.cscrules.core.report;
