package org.cscrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public API of each library module, listed from its classes (every public type outside an
 * {@code internal} package, and its public and protected members), must equal the reviewed list in
 * {@code docs/api/}: a change to the surface fails the build until the list is updated with it, in
 * the same commit, where a reviewer sees it. The examples module sees every library on its
 * classpath, so the one test guards them all.
 */
class PublicApiTest {

    private static final Path REVIEWED = Path.of("..", "docs", "api");

    /** A class of each module, to find the module's classes on the classpath (a jar, or a build's classes). */
    private static final Map<String, Class<?>> ANCHORS = Map.of(
            "csc-calendar", org.cscrules.calendar.WorkingDayCalendar.class,
            "csc-rules-core", org.cscrules.core.EligibilityService.class,
            "csc-rules-json", org.cscrules.json.CscRulesJson.class,
            "csc-rules-drl", org.cscrules.drl.DroolsRulesProvider.class,
            "csc-rules-test", org.cscrules.test.StatuteAssertions.class);

    /** The public API of {@code module}, one line per type and per member, sorted. */
    static List<String> publicApi(String module) throws IOException, URISyntaxException {
        Path location = Path.of(ANCHORS.get(module).getProtectionDomain().getCodeSource().getLocation().toURI());
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
            return publicApi(jar == null ? location : jar.getPath("/"));
        }
    }

    private static List<String> publicApi(Path classes) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.').replace('\\', '.');
                if (name.contains(".internal.") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = load(name);
                if (!isVisible(type)) {
                    continue;
                }
                lines.add(describe(type));
                for (Member member : members(type)) {
                    lines.add(type.getName() + " :: " + member(member));
                }
            }
        }
        return lines.stream().sorted().toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublicApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("Cannot load " + name, e);
        }
    }

    /** Public, and, if nested, nested only in public types. */
    private static boolean isVisible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Class<?> type) {
        String kind = type.isAnnotation() ? "@interface" : type.isEnum() ? "enum" : type.isRecord() ? "record"
                : type.isInterface() ? "interface" : "class";
        StringBuilder line = new StringBuilder(type.getName()).append(" : ")
                .append(Modifier.toString(type.getModifiers() & ~Modifier.INTERFACE & ~Modifier.ABSTRACT
                        | (type.isInterface() ? 0 : type.getModifiers() & Modifier.ABSTRACT)))
                .append(' ').append(kind);
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum() && !type.isRecord()) {
            line.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        if (type.getGenericInterfaces().length > 0 && !type.isAnnotation()) {
            line.append(" implements ").append(String.join(", ", Stream.of(type.getGenericInterfaces())
                    .map(java.lang.reflect.Type::getTypeName).toList()));
        }
        return line.toString();
    }

    private static List<Member> members(Class<?> type) {
        List<Member> members = new ArrayList<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (exposed(constructor.getModifiers()) && !constructor.isSynthetic() && !type.isEnum()) {
                members.add(constructor);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (exposed(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                members.add(method);
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (exposed(field.getModifiers()) && !field.isSynthetic()) {
                members.add(field);
            }
        }
        return members;
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String member(Member member) {
        String text = member instanceof Method method ? method.toGenericString()
                : member instanceof Constructor<?> constructor ? constructor.toGenericString()
                : ((Field) member).toGenericString();
        return text.replace(member.getDeclaringClass().getName() + ".", "");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"csc-calendar", "csc-rules-core", "csc-rules-json", "csc-rules-drl", "csc-rules-test"})
    void thePublicApiIsTheReviewedOne(String module) throws IOException, URISyntaxException {
        String listed = String.join("\n", publicApi(module)) + "\n";
        Path reviewed = REVIEWED.resolve(module + ".txt");
        String committed = Files.exists(reviewed) ? Files.readString(reviewed, StandardCharsets.UTF_8) : "";
        if (!committed.equals(listed)) {
            Path fresh = Path.of("target", "api", module + ".txt").toAbsolutePath();
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, listed, StandardCharsets.UTF_8);
            throw new AssertionError("The public API of " + module + " changed: review the difference between docs/api/"
                    + module + ".txt and " + fresh + ", and copy it to docs/api/ with the change (and CHANGELOG.md)");
        }
        assertThat(listed.lines().filter(line -> !line.contains(" :: "))).isNotEmpty();
        assertThat(listed.lines()).as("no Jackson, Drools or KIE type in a public signature of " + module)
                .noneMatch(line -> line.contains("com.fasterxml") || line.contains("org.drools") || line.contains("org.kie"));
    }

    /** csc-rules-drl shows callers only its ServiceLoader provider: everything else is internal. */
    @org.junit.jupiter.api.Test
    void theRulesModuleShowsOnlyItsProvider() throws IOException, URISyntaxException {
        assertThat(publicApi("csc-rules-drl").stream().filter(line -> !line.contains(" :: ")))
                .containsExactly("org.cscrules.drl.DroolsRulesProvider : public final class implements "
                        + "org.cscrules.core.CscRulesProvider");
    }
}
