package dev.frontline.system;

import dev.frontline.shared.Viewer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The chrome around every page: who is signed in, the navigation they get, the CSRF token forms and htmx send.
 *
 * @param path the request path, to mark the current navigation entry
 */
public record Shell(@Nullable Viewer viewer, List<NavItem> nav, String path, String csrfParameter,
                    String csrfHeader, String csrfToken, boolean demo) {

    /** One entry of the top navigation. */
    public record NavItem(String label, String href, String icon) {
    }

    public boolean isCurrent(NavItem item) {
        return item.href().equals("/") ? path.equals("/") : path.startsWith(item.href());
    }

    public boolean signedIn() {
        return viewer != null;
    }
}
