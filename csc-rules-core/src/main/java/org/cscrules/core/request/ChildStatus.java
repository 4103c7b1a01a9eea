package org.cscrules.core.request;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.verified;
import static org.cscrules.core.law.Provision.statute;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;

/** The child's legal situation, which decides which complainants and functions the procedure covers. */
public enum ChildStatus implements Cited {
    /** Looked after by a local authority (in care or accommodated). */
    LOOKED_AFTER(statute(secondary("{ca1989-s26}(3)(a)"))),
    /** A child in need (disabled children included) who is not looked after. */
    IN_NEED(statute(secondary("{ca1989-s26}(3)(a)"))),
    /**
     * Disabled (Children Act 1989 s17(11)): a child in need by s17(10)(c), whatever an assessment
     * concluded. May be given alone or with {@link #LOOKED_AFTER} or {@link #IN_NEED}.
     */
    DISABLED(statute(secondary("{ca1989-s17}(10)(c), (11)"))),
    /** A care leaver or young person entitled to leaving-care support under ss23A-24B. */
    CARE_LEAVER(statute(secondary("{ca1989-s24d}(1)"))),
    /** Subject to a special guardianship order. */
    SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER(statute(secondary("{ca1989-s26}(3C)(a)"))),
    /** A child who may be adopted, or an adopted person (Adoption and Children Act 2002 s3(1)). */
    ADOPTION_RELATED(statute(secondary("{aca2002-s3}(1); {ca1989-s26}(3B)(a)"))),
    /** Accommodated by a voluntary organisation and not looked after by a local authority. */
    ACCOMMODATED_BY_VOLUNTARY_ORGANISATION(statute(verified("{si2006-reg21}"))),
    /** None of these: the procedure does not cover the child's situation. */
    NONE(statute(secondary("{ca1989-s26}(3), (3B), (3C), {ca1989-s24d} (by omission)")));

    private final Provision provision;

    ChildStatus(Provision provision) {
        this.provision = provision;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
