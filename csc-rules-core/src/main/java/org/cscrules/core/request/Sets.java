package org.cscrules.core.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Defensive copies for the model's sets of enum constants, in declaration order whatever order
 * they were given in: a request reads, prints and serialises the same however it was built or
 * read back from JSON, so a reason that names a set does too.
 */
final class Sets {

    private Sets() {
    }

    /**
     * An unmodifiable copy in declaration order that keeps null elements, last ({@code Set.copyOf}
     * would throw), so that validation, not a NullPointerException, reports them. Null stays null.
     */
    static <T extends Enum<T>> @Nullable Set<T> copyOf(@Nullable Collection<T> items) {
        if (items == null) {
            return null;
        }
        List<T> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        return Collections.unmodifiableSet(new LinkedHashSet<>(ordered));
    }

    /** The same, but a missing set (e.g. absent from JSON) is an empty one. */
    static <T extends Enum<T>> Set<T> copyOrEmpty(@Nullable Collection<T> items) {
        return items == null ? Set.of() : copyOf(items);
    }

    /** The same for varargs: null elements and duplicates are tolerated, not thrown on. */
    @SafeVarargs
    static <T extends Enum<T>> @Nullable Set<T> of(T @Nullable ... items) {
        return items == null ? null : copyOf(Arrays.asList(items));
    }
}
