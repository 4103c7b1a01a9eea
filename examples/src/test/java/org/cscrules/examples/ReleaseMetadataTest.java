package org.cscrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a release needs is in the build (#14): a licence, Maven Central's metadata, a BOM that lists
 * every published module at the project's version, and the modules that are not published kept
 * out of deployment.
 */
class ReleaseMetadataTest {

    private static final Path ROOT = Path.of("..");

    private static Document pom(String module) throws Exception {
        Path file = module.isEmpty() ? ROOT.resolve("pom.xml") : ROOT.resolve(module).resolve("pom.xml");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static String text(Document pom, String tag) {
        NodeList nodes = pom.getDocumentElement().getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    /** The project's own version: the parent's. */
    private static String version() throws Exception {
        Document parent = pom("");
        NodeList children = parent.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals("version")) {
                return element.getTextContent().strip();
            }
        }
        throw new AssertionError("the parent has no version");
    }

    @Test
    void theLicenceAndMavenCentralsMetadataAreThere() throws Exception {
        assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");
        Document parent = pom("");
        assertThat(text(parent, "licenses")).contains("Apache License, Version 2.0");
        assertThat(text(parent, "url")).isEqualTo("${csc-rules.repository.url}");
        assertThat(text(parent, "scm")).contains("${csc-rules.repository.url}");
        assertThat(text(parent, "developers")).isNotBlank();
        assertThat(text(parent, "description")).isNotBlank();
    }

    @Test
    void theBomListsEveryPublishedModuleAtTheProjectsVersion() throws Exception {
        Document bom = pom("csc-rules-bom");
        assertThat(text(bom, "version")).isEqualTo(version());
        NodeList dependencies = bom.getDocumentElement().getElementsByTagName("dependency");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(dependency.getElementsByTagName("version").item(0).getTextContent()).isEqualTo(version());
            listed.add(dependency.getElementsByTagName("artifactId").item(0).getTextContent());
        }
        assertThat(listed).containsExactly("csc-calendar", "csc-rules-core", "csc-rules-json", "csc-rules-drl",
                "csc-rules-spring-boot-starter", "csc-rules-test");
    }

    @Test
    void examplesBenchmarksAndTheCompatibilityRunsAreNeverPublished() throws Exception {
        for (String module : List.of("examples", "benchmarks")) {
            assertThat(text(pom(module), "maven.deploy.skip")).as(module).isEqualTo("true");
            assertThat(text(pom(module), "gpg.skip")).as(module).isEqualTo("true");
        }
        Document junit6 = pom("junit-6-compatibility");
        assertThat(text(junit6, "maven.deploy.skip")).isEqualTo("true");
        assertThat(text(junit6, "gpg.skip")).isEqualTo("true");
        Document compatibility = pom("spring-boot-compatibility");
        assertThat(text(compatibility, "maven.deploy.skip")).isEqualTo("true");
        assertThat(text(compatibility, "maven.install.skip")).isEqualTo("true");
        assertThat(text(compatibility, "csc-rules.version")).as("the csc-rules it runs is this build's").isEqualTo(version());
    }
}
