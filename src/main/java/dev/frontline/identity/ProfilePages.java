package dev.frontline.identity;

import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Viewer;
import dev.frontline.system.FiscalCalendar;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own settings page, and the time zone a browser reports on its first visit. */
@Controller
@NavSection(Section.ACCOUNT)
class ProfilePages {

    static final String VIEW = "identity/profile";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final TimeZones zones;
    private final Accounts accounts;
    private final FiscalCalendar calendar;

    ProfilePages(TimeZones zones, Accounts accounts, FiscalCalendar calendar) {
        this.zones = zones;
        this.accounts = accounts;
        this.calendar = calendar;
    }

    @GetMapping("/account/profile")
    String profile(Viewer viewer, Model model) {
        return page(viewer, model, (String) model.getAttribute("notice"), null);
    }

    @PostMapping("/account/profile")
    String save(Viewer viewer, @RequestParam(defaultValue = "") String timeZone, @RequestParam int version,
                Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            String zone = zones.choose(TimeZones.signedIn(), timeZone, version, request, response);
            redirect.addFlashAttribute("notice", "Your time zone is now " + zone + ".");
            return "redirect:/account/profile";
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(viewer, model, null, String.join("; ", e.errors()));
        }
    }

    /**
     * The zone the browser reports (Intl), sent by the page script on a first visit: taken only while the user has
     * none, so that it never overrides a choice. 204 either way.
     */
    @PostMapping("/account/time-zone/detected")
    ResponseEntity<Void> detected(@RequestParam(defaultValue = "") String timeZone, HttpServletRequest request,
                                  HttpServletResponse response) {
        zones.fromBrowser(TimeZones.signedIn(), timeZone, request, response);
        return ResponseEntity.noContent().build();
    }

    private String page(Viewer viewer, Model model, @Nullable String notice, @Nullable String problem) {
        model.addAttribute("page", new ProfilePage(calendar.zone(viewer).getId(), viewer.zone() != null,
                calendar.defaultZone().getId(), TimeZones.IDS, accounts.version(viewer.accountId()),
                DAY.format(calendar.today(viewer)), notice, problem));
        return VIEW;
    }
}
