package org.cscrules.cli;

import java.time.LocalDate;

/**
 * The input of {@code start} over HTTP ({@code POST /start}): the day the council received a
 * complaint, and where its stage 1 clock starts if not on that day ({@code docs/schema/start-request.schema.json}).
 *
 * @param received the day the council received the complaint; null is a violation
 * @param stage1ClockStart where the stage 1 clock starts, if not on receipt (the reg. 12 decision); null for receipt
 */
public record StartRequest(LocalDate received, LocalDate stage1ClockStart) {
}
