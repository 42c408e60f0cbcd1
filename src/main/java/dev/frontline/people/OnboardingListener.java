package dev.frontline.people;

import dev.frontline.organization.RepJoinedTeam;
import dev.frontline.people.internal.PeopleStore;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Opens an onboarding checklist when a rep joins a team, once the organisation's change has committed (in a
 * transaction of its own, as Spring Modulith's application module listeners do).
 */
@Component
class OnboardingListener {

    private final PeopleStore store;
    private final Clock clock;

    OnboardingListener(PeopleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RepJoinedTeam event) {
        store.openOnboarding(event.personId(), event.teamId(), event.fromTeamId(), clock.instant());
    }
}
