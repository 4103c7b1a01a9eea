package org.cscrules.core.request;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Defensive copies for the model's sets. */
final class Sets {

    private Sets() {
    }

    /**
     * An unmodifiable copy that keeps null elements ({@code Set.copyOf} would throw), so that
     * validation, not a NullPointerException, reports them. Null stays null.
     */
    static <T> Set<T> copyOf(Collection<T> items) {
        return items == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(items));
    }

    /** The same, but a missing set (e.g. absent from JSON) is an empty one. */
    static <T> Set<T> copyOrEmpty(Collection<T> items) {
        return items == null ? Set.of() : copyOf(items);
    }

    /** The same for varargs: null elements and duplicates are tolerated, not thrown on. */
    @SafeVarargs
    static <T> Set<T> of(T... items) {
        return items == null ? null : copyOf(Arrays.asList(items));
    }
}
