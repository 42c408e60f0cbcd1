package dev.frontline.notifications;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code /notifications} page.
 *
 * @param unreadOnly whether the list holds only the unread ones
 * @param unread     how many are unread in all
 * @param mailOn     whether Frontline can send mail at all (else the preferences say they wait)
 */
public record NotificationsPage(List<Notification> rows, int page, boolean hasNext, boolean unreadOnly, long unread,
                                NotificationPreferences.Preferences preferences, boolean mailOn,
                                @Nullable String notice) {

    public EmailChoice[] choices() {
        return EmailChoice.values();
    }

    /** The newest notification shown, which "Mark all read" marks up to. */
    public long newestId() {
        return rows.stream().mapToLong(Notification::id).max().orElse(0);
    }

    public String pageLink(int to) {
        return "/notifications?page=" + to + (unreadOnly ? "&unread=true" : "");
    }
}
