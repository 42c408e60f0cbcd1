package dev.frontline.identity.internal;

import dev.frontline.shared.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A login: the aggregate root of identity. */
@Table("user_account")
public class UserAccount {

    @Id
    private @Nullable Long id;
    private String username;
    private @Nullable Long personId;
    private String passwordHash;
    private Role role;
    private boolean enabled;
    private boolean mustChangePassword;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable String email;
    private @Nullable String timeZone;
    /** Moved on only by {@link UserAccountRepository#endSessions}, never written by a save. */
    @ReadOnlyProperty
    private int sessionGeneration;
    @Version
    private int version;

    @PersistenceCreator
    UserAccount(@Nullable Long id, String username, @Nullable Long personId, String passwordHash, Role role,
                boolean enabled, boolean mustChangePassword, Instant createdAt, Instant updatedAt,
                @Nullable String email, @Nullable String timeZone, int sessionGeneration, int version) {
        this.id = id;
        this.email = email;
        this.timeZone = timeZone;
        this.sessionGeneration = sessionGeneration;
        this.username = username;
        this.personId = personId;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    public UserAccount(String username, @Nullable Long personId, String passwordHash, Role role,
                       boolean mustChangePassword, Instant now) {
        this.username = username;
        this.personId = personId;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void resetPassword(String hash, Instant now) {
        passwordHash = hash;
        mustChangePassword = true;
        enabled = true;
        updatedAt = now;
    }

    public void changePassword(String hash, Instant now) {
        passwordHash = hash;
        mustChangePassword = false;
        updatedAt = now;
    }

    public void disable(Instant now) {
        enabled = false;
        updatedAt = now;
    }

    public void enable(Instant now) {
        enabled = true;
        updatedAt = now;
    }

    public void assignRole(Role newRole, Instant now) {
        role = newRole;
        updatedAt = now;
    }

    /** The user's time zone, a valid zone id (checked by the caller). */
    public void chooseTimeZone(String zone, Instant now) {
        timeZone = zone;
        updatedAt = now;
    }

    public void changeEmail(@Nullable String newEmail, Instant now) {
        email = newEmail;
        updatedAt = now;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public @Nullable Long getPersonId() {
        return personId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public @Nullable String getTimeZone() {
        return timeZone;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    public int getVersion() {
        return version;
    }
}
