package org.cscrules.core.request;

/** Who is acting for the child, in the categories councils report (Cheshire West and Chester's annual report for 2016-17 table 10). No names are held. */
public enum RepresentativeKind {
    /** An advocate or advocacy service (s26A), e.g. NYAS. */
    ADVOCATE,
    /** A parent acting for the child rather than in their own right. */
    PARENT,
    /** A grandparent or other relative. */
    RELATIVE,
    /** A foster carer or other carer. */
    CARER,
    /** A solicitor or other legal representative. */
    LEGAL_REPRESENTATIVE,
    /** A professional: teacher, health worker, social worker of another agency. */
    PROFESSIONAL,
    /** Anyone else. */
    OTHER
}
