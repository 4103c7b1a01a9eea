package org.cscrules.drl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.cscrules.core.law.LawSection;
import org.cscrules.core.law.LegalChange;
import org.cscrules.core.law.StatutoryAge;
import org.cscrules.core.law.Provision;
import org.cscrules.core.law.Timescale;
import org.cscrules.core.law.Verification;
import org.cscrules.drl.internal.RuleCitations;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.rule.Rule;

/**
 * The rules, built once per JVM from the executable model kie-maven-plugin generated at build time
 * (no DRL is compiled at run time): an immutable KieBase, safe to share between threads (sessions
 * come from each service's {@link SessionPool}). Every rule is checked at start-up for its id, citation, verification,
 * basis and description.
 */
final class RuleBase {

    /** Written by kie-maven-plugin: the name of the generated model class, after a version line. */
    private static final String MODEL_INDEX = "META-INF/kie/org.cscrules/csc-rules-drl/drools-model";

    /** The DRL package of the eligibility rules. */
    static final String ELIGIBILITY = "org.cscrules.drl.internal.rules";
    /** The DRL package of the stage-transition rules. */
    static final String PROCESS = "org.cscrules.drl.internal.process";

    /**
     * Every DRL file of the library, by package directory: what the rulebook version fingerprints.
     * {@code ReplayProperties.theRulebookVersionCoversEveryRuleFile} fails when a file in the sources is missing here.
     */
    static final List<String> DRL_FILES = List.of(
            "org/cscrules/drl/internal/rules/who.drl",
            "org/cscrules/drl/internal/rules/representatives.drl",
            "org/cscrules/drl/internal/rules/scope.drl",
            "org/cscrules/drl/internal/rules/timelimit-and-proceedings.drl",
            "org/cscrules/drl/internal/rules/actions.drl",
            "org/cscrules/drl/internal/process/stages.drl");

    private final KieBase kieBase;
    private final List<Rule> rules;
    private final RuleCitations citations;

    private RuleBase(String drlPackage) {
        this.kieBase = KieBaseBuilder.createKieBaseFromModel(loadModel(drlPackage), KieBaseMutabilityOption.DISABLED);
        this.rules = kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .sorted(Comparator.comparing(r -> r.getMetaData().getOrDefault(RuleCitations.RULE_ID, "").toString()))
                .toList();
        this.citations = RuleCitations.of(rules);
    }

    /**
     * The rulebook's version: {@code "sha256:"} and the first 16 hex digits of the SHA-256 of every
     * DRL file (its path, then its text with Unix line ends), in {@link #DRL_FILES} order, and of the
     * statute tables ({@link #statuteTables()}) and of what decisions take from the legal reference
     * ({@link #lawSections()}). Any change to a rule, a timescale, an age, a legal change's day or a
     * section's citation changes it; a decision's provenance carries it, and docs/RULES.md shows it. The Java that
     * derives the facts is named by the library version, not here.
     */
    static String version() {
        return VersionHolder.VERSION;
    }

    private static final class VersionHolder {
        static final String VERSION = fingerprint();
    }

    private static String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : DRL_FILES) {
                digest.update((file + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(drl(file).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            }
            digest.update(statuteTables().getBytes(StandardCharsets.UTF_8));
            digest.update(lawSections().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /**
     * The statute tables the rules' answers also rest on, one line per entry: every timescale's
     * length, unit, extended maximum and provision, every legal change's day and provision, and every
     * statutory age and its provision.
     */
    static String statuteTables() {
        StringBuilder text = new StringBuilder();
        for (Timescale timescale : Timescale.values()) {
            text.append(timescale.name()).append('\t').append(timescale.length()).append('\t').append(timescale.unit().name())
                    .append('\t').append(timescale.extendedMaximum()).append('\t').append(provision(timescale.provision())).append('\n');
        }
        for (LegalChange change : LegalChange.values()) {
            text.append(change.name()).append('\t').append(change.inForceFrom()).append('\t').append(provision(change.provision()))
                    .append('\n');
        }
        for (StatutoryAge age : StatutoryAge.values()) {
            text.append(age.name()).append('\t').append(age.years()).append('\t').append(provision(age.provision())).append('\n');
        }
        return text.toString();
    }

    /**
     * What a decision takes from the legal reference, one line per section: its id, how it is
     * cited, its address and its verification. A reason's citation reads as its sections are cited
     * and carries their addresses, so a change to any of them changes the rulebook's version; a
     * change to a section's prose does not.
     */
    static String lawSections() {
        StringBuilder text = new StringBuilder();
        for (LawSection section : LawSection.all()) {
            text.append(section.id()).append('\t').append(section.citedAs()).append('\t').append(section.address().orElse(""))
                    .append('\t').append(section.verification().map(Verification::name).orElse("")).append('\n');
        }
        return text.toString();
    }

    /** A provision's parts, each written out: a record's {@code toString} is not a stable format. */
    private static String provision(Provision provision) {
        return provision.citation().reference() + "\t" + provision.citation().verification().name() + "\t" + provision.basis().name();
    }

    /** The text of one DRL file, from the jar. */
    static String drl(String file) {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("The rule file " + file + " is missing from csc-rules-drl");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule file " + file, e);
        }
    }

    /** The eligibility rules, built on first use. */
    static RuleBase eligibility() {
        return EligibilityHolder.INSTANCE;
    }

    /** The stage-transition rules, built on first use. */
    static RuleBase process() {
        return ProcessHolder.INSTANCE;
    }

    /** Every rule of the library, eligibility first. */
    static List<Rule> allRules() {
        return Stream.concat(eligibility().rules().stream(), process().rules().stream()).toList();
    }

    private static final class EligibilityHolder {
        static final RuleBase INSTANCE = new RuleBase(ELIGIBILITY);
    }

    private static final class ProcessHolder {
        static final RuleBase INSTANCE = new RuleBase(PROCESS);
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** Every rule's id, citation and basis, read and checked once. */
    RuleCitations citations() {
        return citations;
    }

    /** Every rule, by rule id. */
    List<Rule> rules() {
        return rules;
    }

    /** The generated model of one DRL package; the index names one model class per package. */
    private static Model loadModel(String drlPackage) {
        ClassLoader loader = RuleBase.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("The compiled rules are missing from the classpath (" + MODEL_INDEX
                        + "): was csc-rules-drl built with kie-maven-plugin?");
            }
            String className = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> line.startsWith(drlPackage + "."))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(MODEL_INDEX + " names no model class for " + drlPackage));
            return (Model) loader.loadClass(className).getDeclaredConstructor().newInstance();
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot load the compiled rules from " + MODEL_INDEX, e);
        }
    }
}
