/**
 * The annual report every council publishes on its children's social care complaints (as
 * Cheshire West and Chester, Harrow and Halton publish theirs): its tables computed from case records, timeliness counted on the statutory calendar.
 */
package org.cscrules.core.report;
