package dev.frontline.identity;

import dev.frontline.shared.StaleVersion;
import dev.frontline.identity.internal.UserAccount;
import dev.frontline.identity.internal.UserAccountRepository;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.Scope;
import dev.frontline.system.FiscalCalendar;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins: granting, resetting, disabling, roles, e-mail for single sign-on, and a user's own password change.
 * Disabling, a password reset and a new role or place end every session of the login at once
 * ({@link UserAccountRepository#endSessions}).
 */
@Service
@Transactional
public class Accounts {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository repository;
    private final Organization organization;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Accounts(UserAccountRepository repository, Organization organization, PasswordEncoder encoder, Clock clock) {
        this.repository = repository;
        this.organization = organization;
        this.encoder = encoder;
        this.clock = clock;
    }

    /**
     * Sets the user's own time zone, in which their "today", 1:1 times and calendar feeds are: {@link InvalidInput}
     * naming {@code timeZone} when it is no zone, a conflict when {@code expectedVersion} is stale.
     *
     * @return the zone id as stored
     */
    public String chooseTimeZone(long accountId, String zone, int expectedVersion) {
        String id = FiscalCalendar.zoneId("timeZone", zone).getId();
        UserAccount account = repository.findById(accountId).orElseThrow(() -> new NotFoundException("login", accountId));
        if (account.getVersion() != expectedVersion) {
            throw new StaleVersion("The login", account.getVersion());
        }
        account.chooseTimeZone(id, clock.instant());
        repository.save(account);
        return id;
    }

    /**
     * The zone the user's browser reports, taken only while they have none of their own (their first visit); a zone
     * the browser names wrongly is ignored.
     *
     * @return the zone now set, if this call set it
     */
    public Optional<String> takeBrowserTimeZone(long accountId, String zone) {
        UserAccount account = repository.findById(accountId).orElse(null);
        if (account == null || account.getTimeZone() != null) {
            return Optional.empty();
        }
        try {
            String id = FiscalCalendar.zoneId("timeZone", zone).getId();
            account.chooseTimeZone(id, clock.instant());
            repository.save(account);
            return Optional.of(id);
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }

    /** The login's version, for the forms that edit it. */
    @Transactional(readOnly = true)
    public int version(long accountId) {
        return repository.findById(accountId).map(UserAccount::getVersion)
                .orElseThrow(() -> new NotFoundException("login", accountId));
    }

    /** Every login with the person behind it and their current team or office, by username. For the admin. */
    @Transactional(readOnly = true)
    public List<Login> logins() {
        Map<Long, Member> people = organization.everyone().stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        Map<Long, TeamSummary> managed = managedTeams();
        return repository.findAllOrdered().stream()
                .map(a -> login(a, a.getPersonId() == null ? null : people.get(a.getPersonId()), managed)).toList();
    }

    /**
     * The e-mail addresses of those logins that are enabled and have one, by login id; one query, for the
     * notifications' mail.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> emails(java.util.Collection<Long> accountIds) {
        return repository.findAllById(accountIds).stream().filter(a -> a.isEnabled() && a.getEmail() != null)
                .collect(Collectors.toMap(a -> Objects.requireNonNull(a.getId()), a -> Objects.requireNonNull(a.getEmail()),
                        (a, b) -> a));
    }

    /** The login of a person, if they have one. */
    @Transactional(readOnly = true)
    public Optional<Login> loginOf(long personId) {
        return repository.findByPersonId(personId)
                .map(a -> login(a, organization.findById(personId).orElse(null), managedTeams()));
    }

    /** The team each manager manages (the first by name when several). */
    private Map<Long, TeamSummary> managedTeams() {
        return organization.teams(Scope.system("logins: the admin's list of every login and its team")).stream().filter(t -> t.managerId() != null)
                .collect(Collectors.toMap(TeamSummary::managerId, Function.identity(), (a, b) -> a));
    }

    /**
     * Gives a person a login with the role and place given; answers the one-time password they must change at
     * first sign-in.
     *
     * @throws IllegalArgumentException when the person already has a login
     */
    public String grantLogin(long personId, Role role, @Nullable Long teamId, @Nullable Long regionId) {
        return grantLogin(personId, role, teamId, regionId, null);
    }

    /** As {@link #grantLogin(long, Role, Long, Long)}, with the e-mail single sign-on matches (null for none). */
    public String grantLogin(long personId, Role role, @Nullable Long teamId, @Nullable Long regionId,
                             @Nullable String email) {
        Member person = organization.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        if (repository.findByPersonId(personId).isPresent()) {
            throw new InvalidInput("person", person.displayName() + " already has a login");
        }
        String address = email(email, null);
        place(personId, role, teamId, regionId);
        String password = oneTimePassword();
        UserAccount account = new UserAccount(person.username(), personId, encoder.encode(password), role, true, now());
        account.changeEmail(address, now());
        repository.save(account);
        return password;
    }

    /** Sets a new one-time password (and enables the login); answers it. Ends the login's sessions. */
    public String resetPassword(long accountId, int expectedVersion) {
        UserAccount account = current(accountId, expectedVersion);
        String password = oneTimePassword();
        account.resetPassword(encoder.encode(password), now());
        repository.save(account);
        repository.endSessions(accountId);
        return password;
    }

    /** Disables a login and ends its sessions; the last enabled administrator cannot be disabled. */
    public void disable(long accountId, int expectedVersion) {
        UserAccount account = current(accountId, expectedVersion);
        if (account.getRole() == Role.ADMIN && account.isEnabled() && repository.countEnabledAdmins() <= 1) {
            throw new InvalidInput("enabled", "The last administrator cannot be disabled");
        }
        account.disable(now());
        repository.save(account);
        repository.endSessions(accountId);
    }

    /**
     * Sets the e-mail address single sign-on matches this login by (blank removes it).
     *
     * @throws IllegalArgumentException when it is no e-mail address or another login has it
     */
    public void changeEmail(long accountId, int expectedVersion, @Nullable String email) {
        UserAccount account = current(accountId, expectedVersion);
        account.changeEmail(email(email, accountId), now());
        repository.save(account);
    }

    private @Nullable String email(@Nullable String email, @Nullable Long accountId) {
        String trimmed = email == null ? "" : email.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (!trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || trimmed.length() > 200) {
            throw new InvalidInput("email", dev.frontline.shared.Echo.quote(trimmed) + " is not an e-mail address");
        }
        repository.findByEmail(trimmed).filter(other -> !Objects.equals(other.getId(), accountId)).ifPresent(other -> {
            throw new InvalidInput("email", "The login " + other.getUsername() + " already has " + trimmed);
        });
        return trimmed;
    }

    public void enable(long accountId, int expectedVersion) {
        UserAccount account = current(accountId, expectedVersion);
        account.enable(now());
        repository.save(account);
    }

    /**
     * Sets a login's role and its place: the team a manager manages or a rep belongs to, the office a director
     * heads.
     */
    public void assignRole(long accountId, int expectedVersion, Role role, @Nullable Long teamId,
                           @Nullable Long regionId) {
        UserAccount account = current(accountId, expectedVersion);
        if (account.getRole() == Role.ADMIN && role != Role.ADMIN && repository.countEnabledAdmins() <= 1) {
            throw new InvalidInput("role", "The last administrator must stay an administrator");
        }
        Long personId = account.getPersonId();
        if (personId == null && role != Role.ADMIN) {
            throw new InvalidInput("role", "This login has no person behind it; it can only be an administrator");
        }
        if (personId != null) {
            place(personId, role, teamId, regionId);
        }
        account.assignRole(role, now());
        repository.save(account);
        repository.endSessions(accountId);
    }

    /**
     * A user's own password change; the current password must match. Ends the login's sessions: the caller keeps
     * its own by signing it in again.
     */
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        UserAccount account = repository.findById(accountId).orElseThrow(() -> new NotFoundException("login", accountId));
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInput("currentPassword", "The current password is not correct");
        }
        if (newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput("newPassword", "The new password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (newPassword.equals(currentPassword) || newPassword.equalsIgnoreCase(account.getUsername())) {
            throw new InvalidInput("newPassword", "The new password must differ from the old one and from the username");
        }
        account.changePassword(encoder.encode(newPassword), now());
        repository.save(account);
        repository.endSessions(accountId);
    }

    /** Disables the person's login, if they have one, and ends its sessions (the rep left). */
    public void disableLoginOf(long personId) {
        repository.findByPersonId(personId).filter(UserAccount::isEnabled).ifPresent(account -> {
            account.disable(now());
            repository.save(account);
        });
        repository.endSessionsOfPerson(personId);
    }

    /** Ends every session of the person's login, if they have one (their team changed elsewhere). */
    public void endSessionsOf(long personId) {
        repository.endSessionsOfPerson(personId);
    }

    /** Creates the bootstrap administrator (no person behind it) unless a login of that name exists. */
    public boolean ensureAdministrator(String username, String password) {
        if (repository.findByUsername(username).isPresent()) {
            return false;
        }
        repository.save(new UserAccount(username, null, encoder.encode(password), Role.ADMIN, false, now()));
        return true;
    }

    /** Creates a login whose password hash is already computed (the demo shares one hash). */
    public void createWithHash(String username, @Nullable Long personId, Role role, String passwordHash) {
        if (repository.findByUsername(username).isEmpty()) {
            repository.save(new UserAccount(username, personId, passwordHash, role, false, now()));
        }
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    private void place(long personId, Role role, @Nullable Long teamId, @Nullable Long regionId) {
        switch (role) {
            case MANAGER -> organization.appointManager(personId, required(teamId, "A manager needs a team"));
            case REP -> organization.assignToTeam(personId, required(teamId, "A rep needs a team"));
            case DIRECTOR -> organization.assignToOffice(personId, required(regionId, "A director needs an office"));
            case ADMIN -> { }
        }
    }

    private static long required(@Nullable Long id, String message) {
        if (id == null) {
            throw new InvalidInput(message.startsWith("A director") ? "regionId" : "teamId", message);
        }
        return id;
    }

    private UserAccount current(long accountId, int expectedVersion) {
        UserAccount account = repository.findById(accountId).orElseThrow(() -> new NotFoundException("login", accountId));
        if (account.getVersion() != expectedVersion) {
            throw new StaleVersion("Login " + accountId, account.getVersion());
        }
        return account;
    }

    private Instant now() {
        return clock.instant();
    }

    private static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static Login login(UserAccount a, @Nullable Member person, Map<Long, TeamSummary> managed) {
        String place = null;
        Long teamId = null;
        Long regionId = null;
        if (person != null) {
            switch (a.getRole()) {
                case REP -> {
                    place = person.team();
                    teamId = person.teamId();
                }
                case MANAGER -> {
                    TeamSummary team = managed.get(person.id());
                    place = team == null ? null : team.name();
                    teamId = team == null ? null : team.id();
                }
                case DIRECTOR -> {
                    place = person.region();
                    regionId = person.regionId();
                }
                case ADMIN -> { }
            }
        }
        return new Login(Objects.requireNonNull(a.getId()), a.getUsername(), a.getPersonId(),
                person == null ? null : person.displayName(), a.getRole(), a.isEnabled(), a.isMustChangePassword(),
                a.getUpdatedAt(), a.getVersion(), a.getEmail(), place, teamId, regionId);
    }
}
