package org.cscrules.core.request;

/**
 * What the annual report needs beyond the decision (Cheshire West and Chester's annual report for 2016-17 tables 3-5, 8 and 9): how and where
 * the complaint arrived, the service, and what each stage found. Any part may be unknown or not
 * yet reached (null); it never changes a decision.
 *
 * <p>Immutable and thread-safe.
 *
 * @param receiptMethod how the complaint was lodged
 * @param pointOfReceipt where it first arrived
 * @param serviceArea the service complained about
 * @param stage1Finding what local resolution found
 * @param stage2Finding what the investigation found
 * @param stage3Finding what the review panel found
 */
public record Reporting(ReceiptMethod receiptMethod, PointOfReceipt pointOfReceipt, ServiceArea serviceArea,
                        Finding stage1Finding, Finding stage2Finding, Finding stage3Finding) {

    /** How, where and about which service the complaint arrived; no stage has found anything yet. */
    public static Reporting received(ReceiptMethod receiptMethod, PointOfReceipt pointOfReceipt, ServiceArea serviceArea) {
        return new Reporting(receiptMethod, pointOfReceipt, serviceArea, null, null, null);
    }
}
