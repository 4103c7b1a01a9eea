package org.cscrules.core.process;

/**
 * How the council sent a response that opens one of the complainant's windows (T4, T8). The
 * window runs from the complainant's receipt, which the council's deemed-receipt settings fix
 * ({@code LocalPolicy.deemedReceiptByPostWorkingDays}, {@code deemedReceiptByEmailWorkingDays}).
 */
public enum Delivery {
    /** Handed over, or otherwise received the day it was sent. */
    BY_HAND,
    /** Sent by email. */
    EMAIL,
    /** Sent by post. */
    POST
}
