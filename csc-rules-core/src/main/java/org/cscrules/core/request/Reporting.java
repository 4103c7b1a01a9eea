package org.cscrules.core.request;

/**
 * What the annual report needs beyond the decision (seed 001 tables 5, 8 and 9). Any part may
 * be unknown (null); it never changes a decision.
 *
 * <p>Immutable and thread-safe.
 *
 * @param receiptMethod how the complaint was lodged
 * @param pointOfReceipt where it first arrived
 * @param serviceArea the service complained about
 */
public record Reporting(ReceiptMethod receiptMethod, PointOfReceipt pointOfReceipt, ServiceArea serviceArea) {
}
