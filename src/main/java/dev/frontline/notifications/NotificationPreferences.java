package dev.frontline.notifications;

import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.StaleVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A login's e-mail choice per kind ({@link EmailChoice}; OFF unless chosen), edited as one set under one version
 * (0 before the first save).
 */
@Component
@Transactional
public class NotificationPreferences {

    private final JdbcClient jdbc;
    private final NotificationKinds kinds;

    NotificationPreferences(JdbcClient jdbc, NotificationKinds kinds) {
        this.jdbc = jdbc;
        this.kinds = kinds;
    }

    /** One kind's choice. */
    public record Choice(String kind, String label, EmailChoice email) {
    }

    /** Every registered kind's choice, by key, and the version to save them with. */
    public record Preferences(int version, List<Choice> kinds) {
    }

    @Transactional(readOnly = true)
    EmailChoice choice(long accountId, String kind) {
        return jdbc.sql("select email from notification_preference where account_id = ? and kind = ?")
                .params(accountId, kind).query(String.class).optional().map(EmailChoice::valueOf)
                .orElse(EmailChoice.OFF);
    }

    @Transactional(readOnly = true)
    Preferences of(long accountId) {
        Map<String, EmailChoice> chosen = new HashMap<>();
        jdbc.sql("select kind, email from notification_preference where account_id = ?").param(accountId)
                .query((rs, i) -> chosen.put(rs.getString("kind"), EmailChoice.valueOf(rs.getString("email")))).list();
        int version = version(accountId);
        return new Preferences(version, kinds.all().stream()
                .map(k -> new Choice(k.kind(), k.label(), chosen.getOrDefault(k.kind(), EmailChoice.OFF))).toList());
    }

    private int version(long accountId) {
        return jdbc.sql("select version from notification_settings where account_id = ?").param(accountId)
                .query(Integer.class).optional().orElse(0);
    }

    /**
     * Saves the choices given (kinds left out keep theirs): 422 naming a missing version, an unknown kind or an
     * unknown choice; 409 when {@code expectedVersion} is stale.
     */
    Preferences save(long accountId, @Nullable Integer expectedVersion, Map<String, @Nullable String> choices) {
        List<String> errors = new ArrayList<>();
        if (expectedVersion == null) {
            errors.add("version: is required (the version GET answers; 0 before the first save)");
        }
        Map<String, EmailChoice> parsed = new HashMap<>();
        choices.forEach((kind, email) -> {
            if (!kinds.known(kind)) {
                errors.add("kinds: " + dev.frontline.shared.Echo.quote(kind) + " is no notification kind");
            } else {
                try {
                    parsed.put(kind, EmailChoice.valueOf(String.valueOf(email)));
                } catch (IllegalArgumentException e) {
                    errors.add("email: " + dev.frontline.shared.Echo.quote(String.valueOf(email))
                            + " is none of OFF, EACH, DIGEST (for " + kind + ")");
                }
            }
        });
        if (!errors.isEmpty() || expectedVersion == null) {
            throw new InvalidInput(errors);
        }
        int updated = expectedVersion == 0
                ? jdbc.sql("insert into notification_settings (account_id, version) values (?, 1)"
                        + " on conflict (account_id) do nothing").param(accountId).update()
                : jdbc.sql("update notification_settings set version = version + 1 where account_id = ? and version = ?")
                        .params(accountId, expectedVersion).update();
        if (updated == 0) {
            throw new StaleVersion("the notification preferences", version(accountId));
        }
        parsed.forEach((kind, email) -> jdbc.sql("insert into notification_preference (account_id, kind, email)"
                        + " values (?, ?, ?) on conflict (account_id, kind) do update set email = excluded.email")
                .params(accountId, kind, email.name()).update());
        return of(accountId);
    }
}
