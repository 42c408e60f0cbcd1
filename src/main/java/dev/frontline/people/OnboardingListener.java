package dev.frontline.people;

import dev.frontline.system.FiscalCalendar;
import dev.frontline.organization.RepJoinedTeam;
import dev.frontline.people.internal.PeopleStore;
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
    private final FiscalCalendar calendar;

    OnboardingListener(PeopleStore store, FiscalCalendar calendar) {
        this.store = store;
        this.calendar = calendar;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RepJoinedTeam event) {
        store.openOnboarding(event.personId(), event.teamId(), event.fromTeamId(), calendar.now());
    }
}
