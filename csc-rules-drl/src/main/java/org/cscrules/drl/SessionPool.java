package org.cscrules.drl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.cscrules.drl.facts.Complaint;
import org.cscrules.drl.facts.Settings;
import org.cscrules.drl.facts.Standing;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Long-lived stateful sessions for one council's settings, lent to one call at a time. Each
 * session holds the {@link Settings} fact for good; a call inserts its complaints, fires, and
 * deletes what it inserted (the complaints and the {@link Standing} the rules inferred), which
 * leaves the session exactly as it was lent. This is cheaper than a pooled stateless session,
 * whose reset walks every node memory of the network and rebuilds the settings' matches on every
 * call, and it keeps threads off the rule base's shared structures.
 *
 * <p>A session that fails, or is not left with the settings alone, is disposed of, never lent
 * again. Thread-safe: a session is used by one thread at a time; at most {@code capacity} idle
 * sessions are kept, and more are made (and later disposed of) when more threads need one.
 */
final class SessionPool {

    private final KieBase kieBase;
    private final Settings settings;
    private final Consumer<KieSession> customiser;
    private final BlockingQueue<KieSession> idle;

    /**
     * @param customiser applied to each new session (tests attach listeners); may do nothing
     * @param capacity the most idle sessions kept
     */
    SessionPool(KieBase kieBase, Settings settings, Consumer<KieSession> customiser, int capacity) {
        this.kieBase = kieBase;
        this.settings = settings;
        this.customiser = customiser;
        this.idle = new ArrayBlockingQueue<>(capacity);
    }

    /** Runs the rules over the complaints; their findings are in each complaint afterwards. */
    void fire(List<Complaint> complaints) {
        KieSession session = idle.poll();
        if (session == null) {
            session = newSession();
        }
        boolean reusable = false;
        try {
            List<FactHandle> inserted = new ArrayList<>(complaints.size());
            for (Complaint complaint : complaints) {
                inserted.add(session.insert(complaint));
            }
            session.fireAllRules();
            reusable = clear(session, inserted);
        } finally {
            if (!reusable || !idle.offer(session)) {
                session.dispose();
            }
        }
    }

    private KieSession newSession() {
        KieSession session = kieBase.newKieSession();
        customiser.accept(session);
        session.insert(settings);
        return session;
    }

    /** Deletes what this call added; true when only the settings are left. */
    private static boolean clear(KieSession session, List<FactHandle> complaints) {
        for (FactHandle complaint : complaints) {
            session.delete(complaint);
        }
        for (FactHandle standing : List.copyOf(session.<FactHandle>getFactHandles(Standing.class::isInstance))) {
            session.delete(standing);
        }
        return session.getFactCount() == 1;
    }
}
