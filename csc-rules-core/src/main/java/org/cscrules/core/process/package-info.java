/**
 * A complaint's journey through the three stages (statute.md §1, T2–T11; DESIGN.md §5): its
 * state, the events that move it, the rulings on each event and the deadlines that run.
 */
package org.cscrules.core.process;
