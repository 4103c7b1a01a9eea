/**
 * A complaint's journey through the three stages: its
 * state, the events that move it, the rulings on each event and the deadlines that run.
 */
package org.cscrules.core.process;
