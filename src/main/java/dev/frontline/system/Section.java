package dev.frontline.system;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The part of the application a page belongs to: the navigation entry it highlights. Each page handler declares its
 * section with {@link NavSection} (on the method, or on its controller for all its pages); nothing guesses it from
 * the URL.
 */
public enum Section {

    HOME(null),
    /** A team's board and a rep's own pages; a rep has no Teams entry: for them they are part of Home. */
    TEAMS(HOME),
    /** The people page (adding, moving, deactivating reps): a manager has no entry for it, so it shows as Teams. */
    PEOPLE(TEAMS),
    RESULTS(null),
    DEALS(null),
    /** The data-quality checks of the deals: for team leads and the admin. */
    DATA_QUALITY(null),
    FORECAST(null),
    COACHING(null),
    IMPORTS(null),
    LOGINS(null),
    SETTINGS(null),
    AUDIT(null),
    /** The user's own settings (profile, password, tokens): no navigation entry. */
    ACCOUNT(null);

    private final @Nullable Section fallback;

    Section(@Nullable Section fallback) {
        this.fallback = fallback;
    }

    /** The section to highlight when a viewer's navigation has no entry for this one; null for none. */
    public @Nullable Section fallback() {
        return fallback;
    }

    /** The section a request's handler declares, from the method's {@link NavSection}, else its class's; else null. */
    public static @Nullable Section of(@Nullable Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return null;
        }
        NavSection declared = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), NavSection.class);
        if (declared == null) {
            declared = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), NavSection.class);
        }
        return declared == null ? null : declared.value();
    }
}
