package org.cscrules.cli;

import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.ProcessEvent;

/**
 * The input of {@code process}, on the command line and over HTTP: a complaint's state and the event
 * to apply to it ({@code docs/schema/process-step.schema.json}).
 *
 * @param state the complaint's state, as {@code start} or an earlier transition wrote it; null is a violation
 * @param event the event; null is a violation
 */
public record ProcessStep(ComplaintState state, ProcessEvent event) {
}
