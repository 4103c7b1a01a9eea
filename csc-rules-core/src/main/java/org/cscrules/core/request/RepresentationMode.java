package org.cscrules.core.request;

import static org.cscrules.core.law.Citation.secondary;
import static org.cscrules.core.law.Citation.unverified;
import static org.cscrules.core.law.Provision.guidance;
import static org.cscrules.core.law.Provision.statute;

import org.cscrules.core.law.Cited;
import org.cscrules.core.law.Provision;

/**
 * How the complaint stands to the child: made by a person in their own right,
 * made on the child's behalf by a representative, or made by an adult about matters that relate
 * to the child but not on the child's behalf.
 */
public enum RepresentationMode implements Cited {
    /** The complainant makes the representations in their own right: a child, a parent, a foster carer. */
    IN_OWN_RIGHT(statute(secondary("{ca1989-s26}(3)"))),
    /**
     * A representative acts on the child's behalf: the council should confirm, where possible, that
     * the child is content and that the complaint reflects the child's views, and decides whether
     * the representative is suitable.
     */
    ON_BEHALF_OF_CHILD(guidance(unverified("{gbc-representatives}"))),
    /** An adult complains about matters relating to a child, not on the child's behalf. */
    RELATES_TO_CHILD(guidance(unverified("{gbc-complaints-about-a-child}")));

    private final Provision provision;

    RepresentationMode(Provision provision) {
        this.provision = provision;
    }

    @Override
    public Provision provision() {
        return provision;
    }
}
