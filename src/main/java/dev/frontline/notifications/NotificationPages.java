package dev.frontline.notifications;

import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Viewer;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox: one's notifications, marking them read, and the e-mail choice per kind. */
@Controller
@NavSection(Section.ACCOUNT)
class NotificationPages {

    static final int PAGE_SIZE = 25;

    private final Notifications notifications;
    private final NotificationPreferences preferences;
    private final Mailer mailer;

    NotificationPages(Notifications notifications, NotificationPreferences preferences, Mailer mailer) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.mailer = mailer;
    }

    @GetMapping("/notifications")
    String list(Viewer viewer, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "false") boolean unread, Model model) {
        Page<Notification> rows = notifications.of(viewer.accountId(), unread,
                PageRequest.of(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("page", new NotificationsPage(rows.getContent(), rows.getNumber(), rows.hasNext(),
                unread, notifications.unread(viewer.accountId()), preferences.of(viewer.accountId()), mailer.on(),
                (String) model.getAttribute("notice")));
        return "notifications/notifications";
    }

    @PostMapping("/notifications/{id}/read")
    String read(Viewer viewer, @PathVariable long id, @RequestParam(required = false) @Nullable Integer version) {
        notifications.get(viewer.accountId(), id);
        if (version == null) {
            throw new InvalidInput("version", "is required");
        }
        notifications.mark(viewer.accountId(), id, version, true);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(Viewer viewer, @RequestParam(required = false) @Nullable Long upTo, RedirectAttributes redirect) {
        if (upTo == null) {
            throw new InvalidInput("upTo", "is required (the newest notification shown)");
        }
        int marked = notifications.markAllRead(viewer.accountId(), upTo);
        redirect.addFlashAttribute("notice", marked == 1 ? "1 notification marked read."
                : marked + " notifications marked read.");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/preferences")
    String choose(Viewer viewer, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Integer version = null;
        try {
            version = form.containsKey("version") ? Integer.valueOf(form.get("version")) : null;
        } catch (NumberFormatException e) {
            throw new InvalidInput("version", "is no number");
        }
        Map<String, @Nullable String> choices = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("email.")) {
                choices.put(key.substring("email.".length()), value);
            }
        });
        preferences.save(viewer.accountId(), version, choices);
        redirect.addFlashAttribute("notice", "E-mail preferences saved.");
        return "redirect:/notifications";
    }
}
