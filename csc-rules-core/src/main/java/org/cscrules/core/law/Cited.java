package org.cscrules.core.law;

/**
 * Something that stands for a provision of the law or of local practice: a category of
 * complainant, a function, a timescale, an action. Every such enum constant of csc-rules
 * implements it, so that no statutory category exists without its citation.
 */
public interface Cited {

    /**
     * The provision this stands for, with its basis.
     *
     * @return the provision, never null
     */
    Provision provision();

    /**
     * The provision's citation.
     *
     * @return the citation, never null
     */
    default Citation citation() {
        return provision().citation();
    }

    /**
     * Whether it rests on statute, statutory guidance, local policy or the library's own procedure.
     *
     * @return the provision's basis, never null
     */
    default Basis basis() {
        return provision().basis();
    }
}
