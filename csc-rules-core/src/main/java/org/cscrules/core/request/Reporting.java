package org.cscrules.core.request;

import org.jspecify.annotations.Nullable;

/**
 * What the annual report needs beyond the decision (Cheshire West and Chester's annual report for 2016-17 tables 3-5, 8 and 9): how and where
 * the complaint arrived, the service, and what each stage found. Any part may be unknown or not
 * yet reached (null); it never changes a decision.
 *
 * <p>Immutable and thread-safe.
 *
 * @param receiptMethod how the complaint was lodged, or null if not known
 * @param pointOfReceipt where it first arrived, or null if not known
 * @param serviceArea the service complained about, or null if not known
 * @param stage1Finding what local resolution found, or null if not known or not yet reached
 * @param stage2Finding what the investigation found, or null if not known or not yet reached
 * @param stage3Finding what the review panel found, or null if not known or not yet reached
 */
public record Reporting(@Nullable ReceiptMethod receiptMethod, @Nullable PointOfReceipt pointOfReceipt,
                        @Nullable ServiceArea serviceArea, @Nullable Finding stage1Finding,
                        @Nullable Finding stage2Finding, @Nullable Finding stage3Finding) {

    /**
     * How, where and about which service the complaint arrived; no stage has found anything yet.
     *
     * @param receiptMethod how the complaint was lodged, or null if not known
     * @param pointOfReceipt where it first arrived, or null if not known
     * @param serviceArea the service complained about, or null if not known
     * @return the details, never null
     */
    public static Reporting received(@Nullable ReceiptMethod receiptMethod, @Nullable PointOfReceipt pointOfReceipt,
                                     @Nullable ServiceArea serviceArea) {
        return new Reporting(receiptMethod, pointOfReceipt, serviceArea, null, null, null);
    }
}
