package dev.frontline.identity;

import dev.frontline.identity.internal.TokenStore;
import dev.frontline.identity.internal.TokenStore.TokenRow;
import dev.frontline.identity.internal.UserAccount;
import dev.frontline.identity.internal.UserAccountRepository;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: a script sends {@code Authorization: Bearer fl_…} instead of a password. A token is
 * named, read-only (GET) or read-write, expires (90 days unless said otherwise, at most a year), can be revoked,
 * and is stored only as its SHA-256 hash: it is shown once, when it is made. It acts as its login, with the login's
 * current role, and stops working while the login is disabled.
 */
@Service
@Transactional
class ApiTokens {

    static final String PREFIX = "fl_";
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 366;
    static final int LONGEST_NAME = 80;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenStore store;
    private final UserAccountRepository accounts;
    private final AccountDetailsService principals;
    private final Clock clock;

    ApiTokens(TokenStore store, UserAccountRepository accounts, AccountDetailsService principals, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.principals = principals;
        this.clock = clock;
    }

    /** A token just made: the stored view and the token itself, which is never shown again. */
    record Issued(ApiToken token, String secret) {
    }

    /** The token as a script uses it: who it acts as and whether it may write. */
    record Use(AccountPrincipal principal, long tokenId, boolean readOnly) {
    }

    @Transactional(readOnly = true)
    List<ApiToken> of(long accountId) {
        return store.ofAccount(accountId).stream().map(this::view).toList();
    }

    /**
     * Makes a token for the login.
     *
     * @param access        {@code read} or {@code read-write}
     * @param expiresInDays 1 to {@value #MAX_DAYS}; null for {@value #DEFAULT_DAYS}
     * @throws InvalidInput naming each field that is wrong
     */
    Issued issue(long accountId, @Nullable String name, @Nullable String access, @Nullable Integer expiresInDays) {
        List<String> errors = new ArrayList<>();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > LONGEST_NAME) {
            errors.add("name: give the token a name of 1 to " + LONGEST_NAME + " characters (what uses it)");
        }
        if (access == null || !(access.equals("read") || access.equals("read-write"))) {
            errors.add("access: 'read' or 'read-write'");
        }
        int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
        if (days < 1 || days > MAX_DAYS) {
            errors.add("expiresInDays: from 1 to " + MAX_DAYS);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        long id = store.insert(accountId, trimmed, secret.substring(0, PREFIX.length() + 4), hash(secret),
                "read".equals(access), now, now.plus(Duration.ofDays(days)));
        return new Issued(view(store.byId(id).orElseThrow()), secret);
    }

    /** Revokes one of the login's tokens; someone else's token is not found. */
    void revoke(long accountId, long tokenId) {
        if (store.revoke(accountId, tokenId, clock.instant()) == 0
                && store.byId(tokenId).filter(t -> t.accountId() == accountId).isEmpty()) {
            throw new NotFoundException("token", tokenId);
        }
    }

    /** The login a token acts as, when the token is known, neither expired nor revoked, and the login enabled. */
    Optional<Use> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.usable(hash(secret), now).flatMap(t -> accounts.findById(t.accountId())
                .filter(UserAccount::isEnabled)
                .map(a -> {
                    store.used(t.id(), now);
                    return new Use(principals.principal(a), t.id(), t.readOnly());
                }));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    private ApiToken view(TokenRow t) {
        Instant now = clock.instant();
        String state = t.revokedAt() != null ? "revoked" : !t.expiresAt().isAfter(now) ? "expired" : "active";
        return new ApiToken(t.id(), t.name(), t.prefix(), t.readOnly() ? "read" : "read-write", t.createdAt(),
                t.expiresAt(), t.lastUsedAt(), t.revokedAt(), state);
    }
}
