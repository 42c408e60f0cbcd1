package dev.frontline.coaching.web;

import dev.frontline.system.BaseUrl;
import org.springframework.stereotype.Component;

/**
 * Absolute links for calendar apps that live outside the browser session, from the configured base URL (never the
 * request's Host header).
 */
@Component
class Links {

    private final BaseUrl baseUrl;

    Links(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    String base() {
        return baseUrl.base();
    }

    String feedUrl(String token) {
        return baseUrl.link(FeedController.PATH + token + ".ics");
    }
}
