package org.cscrules.drl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * For a coverage gate that asks whether every rule fired somewhere in its class: the class's whole
 * table run again, by the gate itself, so that the gate holds (and any one test passes) when a single
 * test method is run alone. Every {@code @Test} method is run on a fresh instance, and the table's
 * parameterized method on every row of its source.
 */
final class WholeTable {

    private WholeTable() {
    }

    /**
     * Runs every {@code @Test} method of {@code testClass}, then {@code parameterized} on each of {@code rows}.
     *
     * @throws AssertionError if any of them fails, as it would have in the run
     */
    static void run(Class<?> testClass, String parameterized, Stream<Arguments> rows) throws ReflectiveOperationException {
        Object instance = testClass.getDeclaredConstructor().newInstance();
        Method table = null;
        for (Method method : testClass.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Test.class)) {
                invoke(method, instance);
            }
            if (method.getName().equals(parameterized)) {
                table = method;
            }
        }
        if (table == null) {
            throw new IllegalArgumentException(testClass.getSimpleName() + " has no method " + parameterized);
        }
        Method each = table;
        each.setAccessible(true);
        for (Arguments row : rows.toList()) {
            invoke(each, instance, row.get());
        }
    }

    private static void invoke(Method method, Object instance, Object... arguments) throws ReflectiveOperationException {
        method.setAccessible(true);
        try {
            method.invoke(instance, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AssertionError failure) {
                throw failure;
            }
            throw e;
        }
    }
}
