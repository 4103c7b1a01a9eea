package org.cscrules.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which counts to hide so that no small count can be worked out from the counts shown, across every
 * relation a reader knows between them: a table's parts and its total, the same total in several
 * tables, one year's open complaints carried into the next, a council's figure and its service
 * areas'. The counts are numbered; each relation says that a sum of counts, each added or taken
 * away, is zero (or a figure the reader may know).
 *
 * <p>First every count from 1 to one below the threshold is hidden. Then, until nothing changes:
 * <ol>
 *   <li>where a relation's hidden counts all add (or all take away), their sum is what the counts
 *       shown make it, and each is 1 at least (a zero is shown as 0), so each is at most that sum less
 *       one for every other: that must reach the threshold, else the next smallest count shown in
 *       that relation is hidden too;</li>
 *   <li>no hidden count may follow from the relations and the counts shown (solved as linear
 *       equations, exactly), else a count shown that the working-out uses is hidden too, the one that
 *       matters least.</li>
 * </ol>
 * What is guaranteed is what these two rules check: no hidden count can be worked out exactly, and
 * no relation's hidden counts of one sign, each 1 at least, leave any of them unable to reach the
 * threshold. Bounds that need several relations at once (a linear programme) are not searched.
 *
 * <p>Not thread-safe: one report's work.
 */
final class SecondarySuppression {

    /** A prime near 2^31: the equations are solved exactly in arithmetic modulo it (their coefficients are 1 and -1). */
    private static final long PRIME = 2_147_483_647L;

    private final int[] values;
    private final int[] tiers;
    private final List<int[]> relations = new ArrayList<>();

    /**
     * @param values every count, by its number; none negative
     * @param tiers how much each count matters to readers, by its number (0 least): a count to hide
     *     besides the small ones is chosen from the lowest tier that has one, then the smallest
     */
    SecondarySuppression(int[] values, int[] tiers) {
        this.values = values.clone();
        this.tiers = tiers.clone();
    }

    /**
     * Adds a relation: the counts {@code added} minus the counts {@code takenAway} make a figure the
     * reader may know. A count named twice, or a relation of one count alone, adds nothing.
     *
     * @param added the numbers of the counts added
     * @param takenAway the numbers of the counts taken away
     */
    void relate(List<Integer> added, List<Integer> takenAway) {
        if (added.size() + takenAway.size() < 2) {
            return;
        }
        int[] terms = new int[added.size() + takenAway.size()];
        int i = 0;
        for (int cell : added) {
            terms[i++] = cell + 1;
        }
        for (int cell : takenAway) {
            terms[i++] = -(cell + 1);
        }
        relations.add(terms);
    }

    /**
     * The counts to hide.
     *
     * @param threshold counts from 1 to one below it are small; 1 or less hides nothing
     * @return the numbers of the hidden counts
     */
    BitSet hidden(int threshold) {
        BitSet hidden = new BitSet(values.length);
        if (threshold <= 1) {
            return hidden;
        }
        for (int cell = 0; cell < values.length; cell++) {
            if (values[cell] > 0 && values[cell] < threshold) {
                hidden.set(cell);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = boundSums(hidden, threshold) || protectDetermined(hidden);
        }
        return hidden;
    }

    /** Rule 1: in a relation whose hidden counts all have one sign, the most any of them can be must reach the threshold. */
    private boolean boundSums(BitSet hidden, int threshold) {
        boolean changed = false;
        for (int[] relation : relations) {
            int sign = 0;
            int sum = 0;
            int count = 0;
            boolean mixed = false;
            for (int term : relation) {
                int cell = Math.abs(term) - 1;
                if (hidden.get(cell)) {
                    int s = Integer.signum(term);
                    mixed |= sign != 0 && s != sign;
                    sign = s;
                    sum += values[cell];
                    count++;
                }
            }
            // a hidden count is 1 at least (a zero is shown): each is at most the sum less one for every other
            while (sign != 0 && !mixed && sum - (count - 1) < threshold) {
                int next = smallestShown(relation, hidden, sign);
                if (next < 0) {
                    next = smallestShown(relation, hidden, -sign);
                    if (next >= 0) {
                        hidden.set(next);
                        changed = true;
                    }
                    break;
                }
                hidden.set(next);
                sum += values[next];
                count++;
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Rule 2: where a hidden count follows from the relations, another count is hidden: of the counts
     * shown that the working-out uses (its certificate: the relations that, added up, leave that
     * count alone among the hidden ones), the one that matters least. In each group of hidden counts
     * tied together, the working-outs are taken in the order of the count each would hide, and one
     * is protected only if none of the counts it uses was hidden in this round (else it may no
     * longer work, and the next round says).
     */
    private boolean protectDetermined(BitSet hidden) {
        boolean changed = false;
        for (List<Fixed> group : determinedByGroup(hidden)) {
            List<int[]> choices = new ArrayList<>();
            for (Fixed fixed : group) {
                Map<Integer, Long> net = new HashMap<>();
                fixed.certificate().forEach((relation, coefficient) -> {
                    for (int term : relation) {
                        int cell = Math.abs(term) - 1;
                        if (!hidden.get(cell)) {
                            net.merge(cell, Math.floorMod(coefficient * Integer.signum(term), PRIME), (a, b) -> (a + b) % PRIME);
                        }
                    }
                });
                int[] used = net.entrySet().stream().filter(e -> e.getValue() != 0 && values[e.getKey()] > 0)
                        .mapToInt(Map.Entry::getKey).toArray();
                int best = -1;
                for (int cell : used) {
                    best = best < 0 || before(cell, best) ? cell : best;
                }
                if (best >= 0) {
                    int[] choice = new int[used.length + 1];
                    choice[0] = best;
                    System.arraycopy(used, 0, choice, 1, used.length);
                    choices.add(choice);
                }
            }
            choices.sort((a, b) -> a[0] == b[0] ? 0 : before(a[0], b[0]) ? -1 : 1);
            BitSet thisRound = new BitSet();
            for (int[] choice : choices) {
                if (Arrays.stream(choice, 1, choice.length).noneMatch(thisRound::get)) {
                    hidden.set(choice[0]);
                    thisRound.set(choice[0]);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /**
     * A hidden count that follows from the relations, and how: the relations, each with the
     * coefficient (modulo the prime) it is added with, that leave it alone among the hidden counts.
     */
    private record Fixed(int cell, Map<int[], Long> certificate) {
    }

    /**
     * The hidden counts that follow from the relations and the counts shown: those whose unit vector
     * is in the row space of the relations restricted to the hidden counts.
     *
     * @param hidden the hidden counts
     * @return their numbers; never null
     */
    List<Integer> determined(BitSet hidden) {
        return determinedByGroup(hidden).stream().flatMap(List::stream).map(Fixed::cell).toList();
    }

    /** The same, with their certificates, for each group of hidden counts tied together by relations that has any. */
    private List<List<Fixed>> determinedByGroup(BitSet hidden) {
        int[] group = new int[values.length];
        for (int cell = 0; cell < group.length; cell++) {
            group[cell] = cell;
        }
        List<int[]> tied = new ArrayList<>();
        for (int[] relation : relations) {
            int first = -1;
            for (int term : relation) {
                int cell = Math.abs(term) - 1;
                if (hidden.get(cell)) {
                    if (first < 0) {
                        first = cell;
                    } else {
                        group[root(group, cell)] = root(group, first);
                    }
                }
            }
            if (first >= 0) {
                tied.add(relation);
            }
        }
        Map<Integer, List<int[]>> byGroup = new TreeMap<>();
        for (int[] relation : tied) {
            for (int term : relation) {
                int cell = Math.abs(term) - 1;
                if (hidden.get(cell)) {
                    byGroup.computeIfAbsent(root(group, cell), g -> new ArrayList<>()).add(relation);
                    break;
                }
            }
        }
        List<List<Fixed>> determined = new ArrayList<>();
        byGroup.values().stream().map(relationsOfGroup -> solved(relationsOfGroup, hidden)).filter(fixed -> !fixed.isEmpty())
                .forEach(determined::add);
        return determined;
    }

    private static int root(int[] group, int cell) {
        int root = cell;
        while (group[root] != root) {
            group[root] = group[group[root]];
            root = group[root];
        }
        return root;
    }

    /**
     * The hidden counts of {@code tied} fixed by those relations: the reduced row echelon form of the
     * relations restricted to the hidden counts, exactly, modulo a prime, each row keeping the
     * combination of relations it is; a count is fixed where a row has it alone. Rows are sparse (a
     * relation holds few counts), and each column's pivot is the row with the fewest entries, which
     * keeps them so.
     */
    private List<Fixed> solved(List<int[]> tied, BitSet hidden) {
        List<Map<Integer, Long>> rows = new ArrayList<>();
        List<Map<Integer, Long>> combinations = new ArrayList<>();
        Map<Integer, java.util.Set<Integer>> rowsOf = new TreeMap<>();
        for (int r = 0; r < tied.size(); r++) {
            Map<Integer, Long> row = new HashMap<>();
            for (int term : tied.get(r)) {
                int cell = Math.abs(term) - 1;
                if (hidden.get(cell)) {
                    row.merge(cell, Math.floorMod((long) Integer.signum(term), PRIME), (a, b) -> (a + b) % PRIME);
                }
            }
            row.values().removeIf(entry -> entry == 0);
            rows.add(row);
            Map<Integer, Long> combination = new HashMap<>();
            combination.put(r, 1L);
            combinations.add(combination);
            for (int cell : row.keySet()) {
                rowsOf.computeIfAbsent(cell, c -> new java.util.HashSet<>()).add(r);
            }
        }
        boolean[] pivotRow = new boolean[rows.size()];
        Map<Integer, Integer> pivotOf = new java.util.LinkedHashMap<>();
        for (int cell : List.copyOf(rowsOf.keySet())) {
            int pivot = -1;
            for (int r : rowsOf.getOrDefault(cell, java.util.Set.of())) {
                if (!pivotRow[r] && (pivot < 0 || rows.get(r).size() < rows.get(pivot).size()
                        || rows.get(r).size() == rows.get(pivot).size() && r < pivot)) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            pivotRow[pivot] = true;
            pivotOf.put(cell, pivot);
            Map<Integer, Long> lead = rows.get(pivot);
            long inverse = inverse(lead.get(cell));
            lead.replaceAll((c, entry) -> entry * inverse % PRIME);
            combinations.get(pivot).replaceAll((relation, coefficient) -> coefficient * inverse % PRIME);
            for (int r : List.copyOf(rowsOf.get(cell))) {
                if (r == pivot) {
                    continue;
                }
                Map<Integer, Long> row = rows.get(r);
                long factor = row.get(cell);
                for (Map.Entry<Integer, Long> entry : lead.entrySet()) {
                    int c = entry.getKey();
                    long updated = Math.floorMod(row.getOrDefault(c, 0L) - factor * entry.getValue() % PRIME, PRIME);
                    if (updated == 0) {
                        if (row.remove(c) != null) {
                            rowsOf.get(c).remove(r);
                        }
                    } else if (row.put(c, updated) == null) {
                        rowsOf.computeIfAbsent(c, k -> new java.util.HashSet<>()).add(r);
                    }
                }
                Map<Integer, Long> combination = combinations.get(r);
                combinations.get(pivot).forEach((relation, coefficient) -> combination.merge(relation,
                        Math.floorMod(-factor * coefficient % PRIME, PRIME), (a, b) -> (a + b) % PRIME));
                combination.values().removeIf(coefficient -> coefficient == 0);
            }
        }
        List<Fixed> fixed = new ArrayList<>();
        pivotOf.forEach((cell, r) -> {
            if (rows.get(r).size() == 1) {
                Map<int[], Long> certificate = new java.util.IdentityHashMap<>();
                combinations.get(r).forEach((relation, coefficient) -> certificate.put(tied.get(relation), coefficient));
                fixed.add(new Fixed(cell, certificate));
            }
        });
        return fixed;
    }

    private static long inverse(long value) {
        long result = 1;
        long base = value % PRIME;
        for (long exponent = PRIME - 2; exponent > 0; exponent >>= 1) {
            if ((exponent & 1) == 1) {
                result = result * base % PRIME;
            }
            base = base * base % PRIME;
        }
        return result;
    }

    /**
     * The count above zero shown in {@code relation}, with the sign given (0: either), that matters
     * least: of the lowest tier, the smallest; -1 if none.
     */
    private int smallestShown(int[] relation, BitSet hidden, int sign) {
        int best = -1;
        for (int term : relation) {
            int cell = Math.abs(term) - 1;
            if (!hidden.get(cell) && values[cell] > 0 && (sign == 0 || Integer.signum(term) == sign) && (best < 0 || before(cell, best))) {
                best = cell;
            }
        }
        return best;
    }

    /** Whether {@code cell} is to be hidden before {@code other}: a lower tier, else a smaller count, else a lower number. */
    private boolean before(int cell, int other) {
        return tiers[cell] != tiers[other] ? tiers[cell] < tiers[other]
                : values[cell] != values[other] ? values[cell] < values[other] : cell < other;
    }
}
