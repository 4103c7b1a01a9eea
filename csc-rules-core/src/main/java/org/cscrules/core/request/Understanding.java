package org.cscrules.core.request;

/**
 * Whether the child is of sufficient understanding: the test for telling the child of the outcome
 * (Children Act 1989 s26(7)) and for weighing the child's views on a representative.
 */
public enum Understanding {
    /** Of sufficient understanding. */
    SUFFICIENT,
    /** Not of sufficient understanding, e.g. too young or lacking capacity. */
    NOT_SUFFICIENT,
    /** Not yet assessed. */
    NOT_ASSESSED
}
