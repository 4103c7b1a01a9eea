package org.cscrules.compatibility;

import org.cscrules.core.policy.LocalPolicy;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A council's application as a team would first write it: the starter's beans, Actuator, and one
 * endpoint that returns the policy through the application's own JSON mapper (Jackson 2 on Boot 3,
 * Jackson 3 on Boot 4).
 */
@SpringBootApplication
@RestController
public class CompatibilityApplication {

    private final LocalPolicy policy;

    /**
     * @param policy the council's policy, the starter's bean
     */
    public CompatibilityApplication(LocalPolicy policy) {
        this.policy = policy;
    }

    /**
     * @return the policy, written by the application's own mapper
     */
    @GetMapping("/policy")
    public LocalPolicy policy() {
        return policy;
    }
}
