package org.cscrules.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hiding of counts, on relations small enough to check by hand: each case names the counts (by
 * number), the relations between them, and the counts that must be hidden.
 */
class SecondarySuppressionTest {

    private static List<Integer> hidden(int[] values, int threshold, int[][]... relations) {
        SecondarySuppression suppression = new SecondarySuppression(values, new int[values.length]);
        for (int[][] relation : relations) {
            suppression.relate(java.util.Arrays.stream(relation[0]).boxed().toList(), java.util.Arrays.stream(relation[1]).boxed().toList());
        }
        BitSet hidden = suppression.hidden(threshold);
        assertThat(suppression.determined(hidden)).as("no hidden count follows from those shown").isEmpty();
        return hidden.stream().boxed().toList();
    }

    /** Parts 1, 10, 20 of a total 31: the 1, and the 10 with it, else 31 - 10 - 20 gives the 1 away. */
    @Test
    void aSmallPartTakesTheNextSmallestWithIt() {
        assertThat(hidden(new int[] {1, 10, 20, 31}, 5, new int[][] {{0, 1, 2}, {3}})).containsExactly(0, 1);
    }

    /** Parts 2 and 0 of a total 2: the part and the total, for nothing else can be hidden. */
    @Test
    void aWholeColumnOfSmallCountsHidesItsTotal() {
        assertThat(hidden(new int[] {2, 0, 2}, 5, new int[][] {{0, 1}, {2}})).containsExactly(0, 2);
    }

    @Test
    void aThresholdOfOneOrLessHidesNothing() {
        assertThat(hidden(new int[] {1, 10, 20, 31}, 0, new int[][] {{0, 1, 2}, {3}})).isEmpty();
        assertThat(hidden(new int[] {1, 10, 20, 31}, 1, new int[][] {{0, 1, 2}, {3}})).isEmpty();
    }

    /**
     * A council's 7 is its two areas' 6 and 1: the 1 is hidden in the area's table, and the 6 with
     * it, else 7 - 6 gives it away.
     */
    @Test
    void aServiceAreasSmallCountIsNotTheCouncilsLessTheOthers() {
        assertThat(hidden(new int[] {7, 6, 1}, 5, new int[][] {{0}, {1, 2}})).containsExactly(1, 2);
    }

    /**
     * Two relations that only together give a count away: p1 + p2 = 10 and p1 + q = 14, with p2 = 2
     * small and p1 = 8 hidden beside it. From the second, p1 = 14 - q; then p2 = 10 - p1. So q (6)
     * is hidden too, the smallest count shown in the second relation.
     */
    @Test
    void aCountThatFollowsFromTwoRelationsTogetherIsProtected() {
        // numbers: 0 p1 = 8, 1 p2 = 2, 2 total 10, 3 q = 6, 4 total 14
        assertThat(hidden(new int[] {8, 2, 10, 6, 14}, 5, new int[][] {{0, 1}, {2}}, new int[][] {{0, 3}, {4}}))
                .containsExactly(0, 1, 3);
    }

    /**
     * Open at one year's end (3, small) plus entering the next (20) is the next year's total (23):
     * the 3 is hidden, and so is the 20 beside it, else 23 - 20 gives it away.
     */
    @Test
    void aSmallCountCarriedIntoTheNextYearIsNotTheDifference() {
        assertThat(hidden(new int[] {23, 3, 20}, 5, new int[][] {{0}, {1, 2}})).containsExactly(1, 2);
    }
}
