package org.cscrules.core.request;

import java.util.Optional;

/**
 * Who acts for the child, or for an adult complainant, in the categories councils report
 * (Cheshire West and Chester's annual report for 2016-17 table 10) and those the statute lists in
 * their own right. No names are held.
 */
public enum RepresentativeKind {
    /** An advocate or advocacy service (s26A), e.g. NYAS. */
    ADVOCATE,
    /** A parent of the child (who may also complain in their own right, Children Act 1989 s26(3)(b)). */
    PARENT,
    /** A person, not a parent, with parental responsibility for the child (in their own right too, s26(3)(c)). */
    PARENTAL_RESPONSIBILITY_HOLDER,
    /** A local authority foster parent of the child (in their own right too, s26(3)(d)). */
    LOCAL_AUTHORITY_FOSTER_PARENT,
    /** A grandparent or other relative. */
    RELATIVE,
    /** A carer other than a local authority foster parent. */
    CARER,
    /** A solicitor or other legal representative. */
    LEGAL_REPRESENTATIVE,
    /** An elected member: a councillor or a Member of Parliament. */
    ELECTED_MEMBER,
    /** A friend. */
    FRIEND,
    /** A professional: teacher, health worker, social worker of another agency. */
    PROFESSIONAL,
    /** Anyone else. */
    OTHER;

    /**
     * The role in which a representative of this kind may complain in their own right, without the
     * child's consent, when acting for a child in {@code childsRole}: a parent, a person with
     * parental responsibility or a local authority foster parent of a child looked after or in need
     * (Children Act 1989 s26(3)(b)-(d)); a parent of a child subject to a special guardianship order
     * (s26(3C)(b)); a parent of a child who may be adopted (s26(3B)(a)); a parent or
     * person with parental responsibility for a child accommodated by a voluntary organisation
     * (SI 2006/1738 reg. 21(b), (c)). Choosing the words "on behalf of" never takes that right away.
     *
     * @param childsRole the role of the child the representative acts for; not null
     * @return the representative's own role, or empty when this kind has none for such a child; never null
     */
    public Optional<ComplainantRole> ownRightFor(ComplainantRole childsRole) {
        return Optional.ofNullable(switch (childsRole) {
            case CHILD_LOOKED_AFTER, CHILD_IN_NEED -> switch (this) {
                case PARENT -> ComplainantRole.PARENT;
                case PARENTAL_RESPONSIBILITY_HOLDER -> ComplainantRole.PARENTAL_RESPONSIBILITY_HOLDER;
                case LOCAL_AUTHORITY_FOSTER_PARENT -> ComplainantRole.LOCAL_AUTHORITY_FOSTER_PARENT;
                default -> null;
            };
            case CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER ->
                    this == PARENT ? ComplainantRole.PARENT_OF_CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER : null;
            case CHILD_WHO_MAY_BE_ADOPTED -> this == PARENT ? ComplainantRole.PARENT_OR_GUARDIAN_OF_CHILD_WHO_MAY_BE_ADOPTED : null;
            case CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION -> this == PARENT || this == PARENTAL_RESPONSIBILITY_HOLDER
                    ? ComplainantRole.PARENT_OR_PR_HOLDER_OF_CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION : null;
            default -> null;
        });
    }
}
