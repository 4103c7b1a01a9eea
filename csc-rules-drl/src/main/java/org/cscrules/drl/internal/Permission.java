package org.cscrules.drl.internal;

/**
 * Inferred by a stage rule: the event may happen in the complaint's stage. An event without
 * permission is refused (STAGE-NOT-IN-THIS-STAGE): the procedure's stages follow one another.
 */
public final class Permission {

    private final Move move;

    /**
     * @param move the event that may happen
     */
    public Permission(Move move) {
        this.move = move;
    }

    /** @return the event */
    public Move getMove() {
        return move;
    }
}
