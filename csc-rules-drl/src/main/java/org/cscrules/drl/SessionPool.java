package org.cscrules.drl;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Long-lived stateful sessions, lent to one call at a time. Each session holds its resident facts
 * for good (the eligibility service's {@link org.cscrules.core.policy.LocalPolicy}; the process has
 * none, and inserts the policy each complaint is counted on with its event); a call inserts its facts, fires,
 * and deletes every other fact (what it inserted and what the rules inferred), which leaves the
 * session exactly as it was lent. This is cheaper than a pooled stateless session, whose reset
 * walks every node memory of the network and rebuilds the residents' matches on every call, and
 * it keeps threads off the rule base's shared structures.
 *
 * <p>A session that fails, or is not left with the settings alone, is disposed of, never lent
 * again. Thread-safe: a session is used by one thread at a time; at most two idle sessions
 * per core are kept, and more are made (and later disposed of) when more threads need one.
 */
final class SessionPool {

    /**
     * The agenda group of the rules that conclude from what no other rule found (no standing, no
     * permission): they fire once every other rule has.
     */
    static final String CLOSED_WORLD = "closed-world";

    /** Idle sessions kept: enough for every core, and a margin for threads that block. */
    private static final int IDLE_SESSIONS = 2 * Runtime.getRuntime().availableProcessors();

    private final KieBase kieBase;
    private final List<Object> residents;
    private final Consumer<KieSession> customiser;
    private final BlockingQueue<KieSession> idle;

    /**
     * @param residents the facts every session holds for good
     * @param customiser applied to each new session (tests attach listeners); may do nothing
     */
    SessionPool(KieBase kieBase, List<Object> residents, Consumer<KieSession> customiser) {
        this.kieBase = kieBase;
        this.residents = List.copyOf(residents);
        this.customiser = customiser;
        this.idle = new ArrayBlockingQueue<>(IDLE_SESSIONS);
    }

    /** Runs the rules over the facts; what the rules find is in the facts afterwards. */
    void fire(List<?> facts) {
        fire(facts, match -> true);
    }

    /** Runs the rules over the facts, firing only the matches {@code filter} accepts. */
    void fire(List<?> facts, AgendaFilter filter) {
        KieSession session = idle.poll();
        if (session == null) {
            session = newSession();
        }
        boolean reusable = false;
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules(filter);
            session.getAgenda().getAgendaGroup(CLOSED_WORLD).setFocus();
            session.fireAllRules(filter);
            reusable = clear(session);
        } finally {
            if (!reusable || !idle.offer(session)) {
                session.dispose();
            }
        }
    }

    /**
     * A new session the rule base does not keep a reference to: by default a KieBase holds every
     * session until it is disposed of, so a service dropped with idle sessions would leak them.
     */
    private KieSession newSession() {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(KeepReferenceOption.NO);
        KieSession session = kieBase.newKieSession(configuration, null);
        customiser.accept(session);
        residents.forEach(session::insert);
        return session;
    }

    /** Deletes what this call added and inferred; true when only the residents are left. */
    private boolean clear(KieSession session) {
        for (FactHandle added : List.copyOf(session.<FactHandle>getFactHandles(this::isNotResident))) {
            session.delete(added);
        }
        return session.getFactCount() == residents.size();
    }

    private boolean isNotResident(Object fact) {
        return residents.stream().noneMatch(resident -> resident == fact);
    }
}
