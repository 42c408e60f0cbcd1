package dev.frontline.coaching.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute links built from the current request, for calendar apps that live outside the browser session. */
final class Links {

    private Links() {
    }

    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    static String feedUrl(String token) {
        return base() + FeedController.PATH + token + ".ics";
    }
}
