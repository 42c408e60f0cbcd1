package dev.frontline.identity;

import dev.frontline.shared.Role;
import dev.frontline.shared.Viewer;
import dev.frontline.system.Assets;
import dev.frontline.system.DemoMode;
import dev.frontline.system.Section;
import dev.frontline.system.Shell;
import dev.frontline.system.ShellProvider;
import dev.frontline.system.UnreadCount;
import org.springframework.beans.factory.ObjectProvider;
import dev.frontline.system.Shell.NavItem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the page chrome ({@link Shell}) into every page's model: navigation by role, CSRF token, demo banner. It also
 * stays on the request for the error pages, whose model starts empty.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice implements ShellProvider {

    private final DemoMode demo;
    private final Assets assets;
    private final ObjectProvider<UnreadCount> unread;

    ShellAdvice(DemoMode demo, Assets assets, ObjectProvider<UnreadCount> unread) {
        this.demo = demo;
        this.assets = assets;
        this.unread = unread;
    }

    @ModelAttribute("shell")
    @Override
    public Shell shell(HttpServletRequest request) {
        Viewer viewer = viewer();
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Section section = Section.of(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE));
        return new Shell(viewer, viewer == null ? List.of() : nav(viewer.role()),
                viewer == null || viewer.role() != Role.ADMIN ? List.of() : ADMIN_NAV, section,
                token == null ? "_csrf" : token.getParameterName(),
                token == null ? "X-CSRF-TOKEN" : token.getHeaderName(),
                token == null ? "" : token.getToken(), demo.on(), assets, unread(viewer));
    }

    /** The bell's count: one query, for a signed-in login only. */
    private long unread(@Nullable Viewer viewer) {
        UnreadCount count = viewer == null ? null : unread.getIfAvailable();
        return count == null ? 0 : count.unread(viewer.accountId());
    }

    private static @Nullable Viewer viewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? p.viewer() : null;
    }

    /** The administrator's pages, under one "Admin" menu so the bar stays one line on a laptop. */
    static final List<NavItem> ADMIN_NAV = List.of(new NavItem("Import", "/imports", "upload", Section.IMPORTS),
            new NavItem("Data quality", "/data-quality", "clipboard-check", Section.DATA_QUALITY),
            new NavItem("Logins", "/admin/logins", "key", Section.LOGINS),
            new NavItem("Settings", "/admin/settings", "gear", Section.SETTINGS),
            new NavItem("Audit", "/admin/audit", "journal-check", Section.AUDIT));

    static List<NavItem> nav(Role role) {
        List<NavItem> nav = new ArrayList<>();
        nav.add(new NavItem("Home", "/", "house", Section.HOME));
        if (role != Role.REP) {
            nav.add(role == Role.MANAGER ? new NavItem("Teams", "/teams", "people", Section.TEAMS)
                    : new NavItem("Teams", "/teams", "people", Section.TEAMS,
                            List.of(new NavItem("Team boards", "/teams", "people", Section.TEAMS),
                                    new NavItem("People", "/reps", "person-lines-fill", Section.PEOPLE))));
            nav.add(new NavItem("Results", role == Role.MANAGER ? "/results" : "/regions", "graph-up", Section.RESULTS));
        }
        nav.add(new NavItem(role == Role.REP ? "My deals" : "Opportunities", "/opportunities", "briefcase", Section.DEALS));
        if (role == Role.MANAGER || role == Role.DIRECTOR) {
            nav.add(new NavItem("Data quality", "/data-quality", "clipboard-check", Section.DATA_QUALITY));
        }
        nav.add(new NavItem("Forecast", "/forecast", "binoculars", Section.FORECAST));
        nav.add(new NavItem("Coaching", "/coaching", "chat-square-heart", Section.COACHING));
        return nav;
    }
}
