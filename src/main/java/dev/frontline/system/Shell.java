package dev.frontline.system;

import dev.frontline.shared.Viewer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The chrome around every page: who is signed in, the navigation they get, the CSRF token forms and htmx send.
 *
 * @param nav     the main navigation
 * @param admin   the administrator's pages, shown under one menu (empty for everyone else)
 * @param section the section the page declares ({@link NavSection}); null for pages of none
 * @param assets  the versioned URLs of the static files the page links
 * @param unread  the signed-in login's unread notifications, for the bell ({@link UnreadCount}); 0 when signed out
 */
public record Shell(@Nullable Viewer viewer, List<NavItem> nav, List<NavItem> admin, @Nullable Section section,
                    String csrfParameter, String csrfHeader, String csrfToken, boolean demo, Assets assets,
                    long unread) {

    /**
     * One entry of the top navigation, for the pages of one section; with {@code under}, a menu of those entries
     * instead (so that the bar stays one line on a laptop), current when one of them is.
     */
    public record NavItem(String label, String href, String icon, Section section, List<NavItem> under) {

        public NavItem(String label, String href, String icon, Section section) {
            this(label, href, icon, section, List.of());
        }

        public boolean isMenu() {
            return !under.isEmpty();
        }
    }

    /**
     * True for the one entry of the page's section, or of its fallback when the viewer has no entry for it; for a
     * menu, when it or one of its entries is.
     */
    public boolean isCurrent(NavItem item) {
        return item.isMenu() ? item.under().stream().anyMatch(this::isCurrent) : item.section() == current();
    }

    /** True when the current page is one of the administrator's. */
    public boolean inAdmin() {
        return admin.stream().anyMatch(this::isCurrent);
    }

    /** The versioned URL of a static file ({@link Assets#url}), which browsers keep for a year. */
    public String asset(String path) {
        return assets.url(path);
    }

    public boolean signedIn() {
        return viewer != null;
    }

    private @Nullable Section current() {
        Section s = section;
        while (s != null && !has(s)) {
            s = s.fallback();
        }
        return s;
    }

    private boolean has(Section s) {
        return nav.stream().anyMatch(i -> i.section() == s || i.under().stream().anyMatch(u -> u.section() == s))
                || admin.stream().anyMatch(i -> i.section() == s);
    }
}
