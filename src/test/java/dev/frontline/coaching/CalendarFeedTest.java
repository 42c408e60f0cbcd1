package dev.frontline.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.IntegrationTest;
import java.net.URI;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Private calendar feeds of Melvin Marxen's team (which has the demo's 1:1s): read without login, revocable, RFC 5545
 * as a library parses it.
 */
@IntegrationTest
class CalendarFeedTest {

    @Autowired
    MockMvc mvc;

    ApiClient api;

    Lookups people;

    @BeforeEach
    void client() {
        api = ApiClient.mock(mvc).accept("application/json");
        people = new Lookups(api);
    }

    private Answer anonymous(String url) {
        return ApiClient.mock(mvc).get(URI.create(url).getPath());
    }

    @Test
    void aManagersFeedListsTheTeamsOneOnOnesAndAnyoneWithTheUrlCanSubscribe() throws Exception {
        long rep = people.personId("jonathan.berthelot");
        int version = ((Number) api.demo("melvin.marxen").get("/api/v1/reps/" + rep + "/one-on-ones")
                .read("$.cadence.version")).intValue();
        Answer cadence = api.demo("melvin.marxen").put("/api/v1/reps/" + rep + "/cadence",
                "{\"cadence\":\"biweekly\",\"firstAt\":\"2026-12-02T08:30:00Z\",\"durationMinutes\":30,\"version\":"
                        + version + "}");
        assertThat(cadence.status()).as(cadence.body()).isEqualTo(200);

        Answer feed = api.demo("melvin.marxen").post("/api/v1/me/calendar-feed", null);
        assertThat(feed.status()).isEqualTo(201);
        String url = feed.read("$.url");
        assertThat(url).matches("http://localhost(:\\d+)?/calendar/[A-Za-z0-9_-]{43}\\.ics");

        Answer response = anonymous(url);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("text/calendar");
        ICalendar ical = Biweekly.parse(response.body()).first();
        // The demo's 1:1s of the whole team are in it too (three months back): Jonathan's from now on are the new
        // cadence's six, every two weeks for twelve weeks.
        List<VEvent> events = ahead(ical, "1:1 with Jonathan Berthelot");
        assertThat(events).hasSize(6);
        assertThat(ical.getEvents()).extracting(e -> e.getSummary().getValue())
                .contains("1:1 with Marty Freudenburg", "1:1 with Gladys Colclough");
        assertThat(events.get(0).getDateStart().getValue()).isEqualTo(Date.from(java.time.Instant.parse("2026-12-02T08:30:00Z")));
        assertThat(events.get(0).getDateEnd().getValue()).isEqualTo(Date.from(java.time.Instant.parse("2026-12-02T09:00:00Z")));
        assertThat(events.get(0).getUid().getValue()).matches("one-on-one-\\d+@frontline");
        assertThat(response.body()).doesNotContain("agenda:", "Private");

        Answer repFeed = api.demo("jonathan.berthelot").post("/api/v1/me/calendar-feed", null);
        ICalendar repCal = Biweekly.parse(anonymous(repFeed.read("$.url")).body()).first();
        assertThat(ahead(repCal, "1:1 with Melvin Marxen")).hasSize(6);
        assertThat(repCal.getEvents()).allMatch(e -> e.getSummary().getValue().equals("1:1 with Melvin Marxen"));
    }

    /** A feed's times are in its owner's time zone: the same moments, written in their zone's wall-clock time. */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void aFeedIsInItsOwnersTimeZone() throws Exception {
        jdbcTemplate.update("update user_account set time_zone = 'America/New_York' where username = 'gladys.colclough'");
        Answer feed = api.demo("gladys.colclough").post("/api/v1/me/calendar-feed", null);

        String text = anonymous(feed.read("$.url")).body();
        ICalendar ical = Biweekly.parse(text).first();

        assertThat(text).contains("X-WR-TIMEZONE:America/New_York").contains("DTSTART;TZID=/America/New_York:");
        assertThat(ical.getEvents()).isNotEmpty().allSatisfy(e -> assertThat(e.getDateStart().getValue()).isNotNull());
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    /**
     * The events of that summary from now on at the new cadence's 08:30 UTC, earliest first (the demo's start at 9:00
     * or later).
     */
    private static List<VEvent> ahead(ICalendar ical, String summary) {
        return ical.getEvents().stream().filter(e -> e.getSummary().getValue().equals(summary))
                .filter(e -> e.getDateStart().getValue().toInstant().isAfter(dev.frontline.TestClock.NOW))
                .filter(e -> e.getDateStart().getValue().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalTime()
                        .equals(java.time.LocalTime.of(8, 30)))
                .sorted(java.util.Comparator.comparing(e -> e.getDateStart().getValue())).toList();
    }

    @Test
    void regeneratingOrRevokingMakesTheOldUrlAnswer404() throws Exception {
        String first = api.demo("niesha.huffines").post("/api/v1/me/calendar-feed", null).read("$.url");
        assertThat(anonymous(first).status()).isEqualTo(200);

        String second = api.demo("niesha.huffines").post("/api/v1/me/calendar-feed", null).read("$.url");
        assertThat(second).isNotEqualTo(first);
        assertThat(anonymous(first).status()).isEqualTo(404);
        assertThat(anonymous(second).status()).isEqualTo(200);
        assertThat(api.demo("niesha.huffines").get("/api/v1/me/calendar-feed").<String>read("$.url")).isEqualTo(second);

        assertThat(api.demo("niesha.huffines").delete("/api/v1/me/calendar-feed").status()).isEqualTo(204);
        assertThat(anonymous(second).status()).isEqualTo(404);
        assertThat(api.demo("niesha.huffines").get("/api/v1/me/calendar-feed").status()).isEqualTo(404);
        assertThat(anonymous("http://localhost/calendar/not-a-token.ics").status()).isEqualTo(404);
        assertThat(api.demo("director.central").post("/api/v1/me/calendar-feed", null).status()).isEqualTo(403);
    }
}
