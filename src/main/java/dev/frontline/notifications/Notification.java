package dev.frontline.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One notification in a login's inbox.
 *
 * @param link    a path inside Frontline ({@code /opportunities/12}) the notification points at, if any
 * @param readAt  when the user marked it read; null while unread
 * @param version for {@code PATCH}
 */
public record Notification(long id, String kind, String kindLabel, String title, String body, @Nullable String link,
                           Instant createdAt, @Nullable Instant readAt, int version) {

    public boolean unread() {
        return readAt == null;
    }
}
