package dev.frontline.system;

import dev.frontline.shared.Viewer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The chrome around every page: who is signed in, the navigation they get, the CSRF token forms and htmx send.
 *
 * @param nav   the main navigation
 * @param admin the administrator's pages, shown under one menu (empty for everyone else)
 * @param path  the request path, to mark the current navigation entry
 */
public record Shell(@Nullable Viewer viewer, List<NavItem> nav, List<NavItem> admin, String path,
                    String csrfParameter, String csrfHeader, String csrfToken, boolean demo) {

    /** One entry of the top navigation. */
    public record NavItem(String label, String href, String icon) {
    }

    public boolean isCurrent(NavItem item) {
        return item.href().equals("/") ? path.equals("/") : path.startsWith(item.href());
    }

    /** True when the current page is one of the administrator's. */
    public boolean inAdmin() {
        return admin.stream().anyMatch(this::isCurrent);
    }

    public boolean signedIn() {
        return viewer != null;
    }
}
