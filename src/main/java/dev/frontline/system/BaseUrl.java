package dev.frontline.system;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where Frontline is reached from outside, for every absolute URL it hands out (calendar feeds, links inside them,
 * the single sign-on redirect): {@code FRONTLINE_BASE_URL}, never the request's {@code Host} header, which whoever
 * sends the request chooses. Unset, it is {@code http://localhost:<port>} (right for a demo on one's own machine).
 */
@Component
public class BaseUrl {

    private static final Logger log = LoggerFactory.getLogger(BaseUrl.class);

    private final String configured;
    private final Environment environment;

    BaseUrl(@Value("${frontline.base-url:}") String configured, Environment environment, DemoMode demo) {
        this.configured = normalised(configured);
        this.environment = environment;
        if (this.configured.isEmpty() && !demo.on()) {
            log.warn("FRONTLINE_BASE_URL is not set: links in calendar feeds point at http://localhost");
        }
    }

    /** Whether FRONTLINE_BASE_URL is set. */
    public boolean configured() {
        return !configured.isEmpty();
    }

    /** The base URL without a trailing slash, for example {@code https://frontline.example.com}. */
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        // the port the server really listens on (a random one in tests), read when first needed
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }

    /** An absolute URL for a path that starts with a slash. */
    public String link(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path starts with a slash: " + path);
        }
        return base() + path;
    }

    /** Whether links are https, so that cookies can be marked Secure. */
    public boolean secure() {
        return base().startsWith("https://");
    }

    private static String normalised(String url) {
        String trimmed = url.trim();
        if (trimmed.isEmpty()) {
            return "";
        }
        URI uri = URI.create(trimmed);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalStateException("FRONTLINE_BASE_URL must be an http(s) URL without query, like "
                    + "https://frontline.example.com, not '" + trimmed + "'");
        }
        return trimmed.replaceAll("/+$", "");
    }
}
