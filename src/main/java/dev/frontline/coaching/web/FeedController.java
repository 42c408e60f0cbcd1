package dev.frontline.coaching.web;

import dev.frontline.coaching.CalendarFeeds;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The private calendar feeds, without login: the random token in the URL is the key. An unknown, regenerated or
 * revoked token answers a bare 404.
 */
@Controller
@NavSection(Section.COACHING)
class FeedController {

    static final String PATH = "/calendar/";
    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final Links links;

    FeedController(CalendarFeeds feeds, Links links) {
        this.feeds = feeds;
        this.links = links;
    }

    @GetMapping(PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.render(token, links.base())
                .map(ics -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                        .header("Content-Disposition", "inline; filename=\"frontline-1on1s.ics\"").body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("No such calendar feed."));
    }
}
