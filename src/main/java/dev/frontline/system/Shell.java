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

    /** The request attribute holding the chrome of the current request, for pages rendered outside a controller. */
    public static final String ATTRIBUTE = Shell.class.getName();

    /** The bare chrome of a page shown to no one in particular. */
    public static Shell signedOut(String path) {
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
