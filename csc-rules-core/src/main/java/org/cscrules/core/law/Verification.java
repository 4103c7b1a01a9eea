package org.cscrules.core.law;

/**
 * How firmly a citation has been checked: whether the text of the provisions it names was seen. Reasons built on
 * {@link #UNVERIFIED} references should be read as configurable defaults, not as law.
 */
public enum Verification {
    /** Checked against the primary text (Act or SI) or a verbatim copy of it. */
    VERIFIED,
    /** A reputable secondary source states the rule and names the provision. */
    SECONDARY,
    /** From memory, inference or a single weak source. */
    UNVERIFIED
}
