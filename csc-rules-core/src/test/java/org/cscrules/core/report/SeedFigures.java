package org.cscrules.core.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Helpers for building records that match a council's published figures. */
final class SeedFigures {

    private SeedFigures() {
    }

    /** A list in which each value appears as often as its count: a table's column, one value per record. */
    @SafeVarargs
    static <T> List<T> spread(int[] counts, T... values) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            out.addAll(Collections.nCopies(counts[i], values[i]));
        }
        return out;
    }
}
