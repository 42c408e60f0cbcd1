package dev.frontline.notifications;

import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One's own notifications and e-mail preferences. */
@RestController
class NotificationsApi {

    static final int MAX_SIZE = 100;

    private final Notifications notifications;
    private final NotificationPreferences preferences;

    NotificationsApi(Notifications notifications, NotificationPreferences preferences) {
        this.notifications = notifications;
        this.preferences = preferences;
    }

    record Mark(@Nullable Integer version, @Nullable Boolean read) {
    }

    record KindChoice(@Nullable String kind, @Nullable String email) {
    }

    record PreferencesChange(@Nullable Integer version, @Nullable List<KindChoice> kinds) {
    }

    @GetMapping("/api/v1/me/notifications")
    @Operation(summary = "Your notifications, newest first; unread=true for the unread ones only",
            description = "The signed-in user's own only. Paged: page (from 0) and size (1–100, default 20); "
                    + "readAt is null while unread; version is for PATCH.")
    PagedModel<Notification> list(Viewer viewer, @RequestParam(defaultValue = "false") boolean unread,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        List<String> errors = new ArrayList<>();
        if (page < 0) {
            errors.add("page: must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add("size: must be 1–" + MAX_SIZE);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new PagedModel<>(notifications.of(viewer.accountId(), unread, PageRequest.of(page, size)));
    }

    @PatchMapping("/api/v1/me/notifications/{id}")
    @Operation(summary = "Mark one of your notifications read (or unread): {version, read}",
            description = "Someone else's or an unknown id 404; a missing version or read 422 naming the field; a "
                    + "stale version 409. Answers the notification with its new version.")
    Notification mark(Viewer viewer, @PathVariable long id, @RequestBody Mark mark) {
        notifications.get(viewer.accountId(), id);
        List<String> errors = new ArrayList<>();
        if (mark.version() == null) {
            errors.add("version: is required (the notification's, as GET answers it)");
        }
        if (mark.read() == null) {
            errors.add("read: is required (true or false)");
        }
        if (mark.version() == null || mark.read() == null) {
            throw new InvalidInput(errors);
        }
        return notifications.mark(viewer.accountId(), id, mark.version(), mark.read());
    }

    @GetMapping("/api/v1/me/notification-preferences")
    @Operation(summary = "Your e-mail choice per kind of notification (OFF, EACH, DIGEST) and their version",
            description = "Every kind there is, with OFF unless chosen; in-app notifications always come. version "
                    + "(0 before the first save) is for PUT.")
    NotificationPreferences.Preferences preferences(Viewer viewer) {
        return preferences.of(viewer.accountId());
    }

    @PutMapping("/api/v1/me/notification-preferences")
    @Operation(summary = "Choose e-mail per kind: {version, kinds: [{kind, email: OFF|EACH|DIGEST}]}",
            description = "Kinds left out keep their choice. A missing version, an unknown kind or choice 422 naming "
                    + "the field; a stale version 409. DIGEST sends one mail a day with all of the day's items.")
    NotificationPreferences.Preferences choose(Viewer viewer, @RequestBody PreferencesChange change) {
        Map<String, @Nullable String> choices = new LinkedHashMap<>();
        if (change.kinds() != null) {
            for (KindChoice k : change.kinds()) {
                if (k.kind() == null) {
                    throw new InvalidInput("kinds", "every entry needs a kind");
                }
                choices.put(k.kind(), k.email());
            }
        }
        return preferences.save(viewer.accountId(), change.version(), choices);
    }
}
