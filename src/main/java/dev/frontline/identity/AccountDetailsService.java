package dev.frontline.identity;

import dev.frontline.identity.internal.UserAccount;
import dev.frontline.identity.internal.UserAccountRepository;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Builds the principal of a login from its current state, whichever way it signed in. */
@Service
class AccountDetailsService {

    private final UserAccountRepository repository;
    private final Organization organization;

    AccountDetailsService(UserAccountRepository repository, Organization organization) {
        this.repository = repository;
        this.organization = organization;
    }

    Optional<AccountPrincipal> principal(long accountId) {
        return repository.findById(accountId).map(this::principal);
    }

    AccountPrincipal principal(UserAccount a) {
        Long personId = a.getPersonId();
        String name = personId == null ? a.getUsername()
                : organization.findById(personId).map(Member::displayName).orElse(a.getUsername());
        return new AccountPrincipal(Objects.requireNonNull(a.getId()), a.getUsername(), name, a.getRole(), personId,
                a.isMustChangePassword(), a.getSessionGeneration(), a.getTimeZone());
    }
}
