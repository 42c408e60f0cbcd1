package dev.frontline.results;

import dev.frontline.organization.RepJoinedTeam;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records when a rep joined, for their quota's proration, once the organisation's change has committed (in a
 * transaction of its own, as Spring Modulith's application module listeners do).
 */
@Component
class JoinListener {

    private final Goals goals;

    JoinListener(Goals goals) {
        this.goals = goals;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RepJoinedTeam event) {
        goals.recordJoin(event.personId(), event.teamId(), event.fromTeamId());
    }
}
