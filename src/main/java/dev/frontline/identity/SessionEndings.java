package dev.frontline.identity;

import dev.frontline.organization.RepDeactivated;
import dev.frontline.organization.RepJoinedTeam;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A rep moved to another team (by a roster import, or by the admin) sees another team from then on: their sessions
 * end once the move has committed, and they sign in again into their new scope.
 */
@Component
class SessionEndings {

    private final Accounts accounts;

    SessionEndings(Accounts accounts) {
        this.accounts = accounts;
    }

    /** A rep who left can no longer sign in: their login is disabled, and its sessions end. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RepDeactivated event) {
        accounts.disableLoginOf(event.personId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RepJoinedTeam event) {
        accounts.endSessionsOf(event.personId());
    }
}
