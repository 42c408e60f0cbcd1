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

    /** Where a request keeps its shell once built, for the error pages of handlers that failed. */
    public static final String REQUEST_ATTRIBUTE = Shell.class.getName();

    /** The chrome of a page shown to nobody in particular: no navigation, no CSRF token. */
    public static Shell bare(String path) {
        return new Shell(null, List.of(), path, "_csrf", "X-CSRF-TOKEN", "", false);
    }

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
