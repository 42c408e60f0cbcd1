package dev.frontline.identity;

import dev.frontline.identity.internal.UserAccountRepository;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import java.util.Objects;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository repository;
    private final Organization organization;

    AccountDetailsService(UserAccountRepository repository, Organization organization) {
        this.repository = repository;
        this.organization = organization;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return repository.findByUsername(username.trim()).map(a -> {
            Long personId = a.getPersonId();
            String name = personId == null ? a.getUsername()
                    : organization.findById(personId).map(Member::displayName).orElse(a.getUsername());
            return new AccountPrincipal(Objects.requireNonNull(a.getId()), a.getUsername(), name, a.getRole(),
                    personId, a.getPasswordHash(), a.isEnabled(), a.isMustChangePassword());
        }).orElseThrow(() -> new UsernameNotFoundException("No login " + username));
    }
}
