package org.cscrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.Opcodes;

/**
 * The starter shows an application two types only: the auto-configuration Spring Boot finds, and the
 * exception it may see at start-up. Everything else (the binder, the health and info adapters, the
 * nested configurations) is package-private, free to change. Every class the starter ships is
 * looked at, from its directory or its jar.
 */
class PublicTypesTest {

    @Test
    void onlyTheAutoConfigurationAndItsExceptionArePublic() throws Exception {
        Path location = Path.of(CscRulesAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> publicTypes;
        if (Files.isDirectory(location)) {
            publicTypes = publicTypes(location);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                publicTypes = publicTypes(jar.getPath("/"));
            }
        }
        assertThat(publicTypes).containsExactlyInAnyOrder(CscRulesAutoConfiguration.class.getName(),
                InvalidCscRulesPropertiesException.class.getName());
    }

    /** The public classes under {@code root}, read from their class files (the other Boot's adapter cannot be loaded). */
    private static List<String> publicTypes(Path root) throws Exception {
        List<String> found = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.list(root.resolve("org/cscrules/spring/boot"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".class")).toList()) {
                ClassReader reader = new ClassReader(Files.readAllBytes(file));
                read++;
                if ((reader.getAccess() & Opcodes.ACC_PUBLIC) != 0) {
                    found.add(reader.getClassName().replace('/', '.').replace('$', '.'));
                }
            }
        }
        assertThat(read).as("the starter's classes").isGreaterThan(5);
        return found;
    }
}
