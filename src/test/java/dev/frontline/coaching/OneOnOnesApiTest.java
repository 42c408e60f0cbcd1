package dev.frontline.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 1:1s through the API, on reps of Dustin Brinkmann's team, with the clock at 27 November 2026 12:00 UTC. The demo
 * gives these reps 1:1s and actions of their own; the tests look at what they add themselves (texts starting
 * "A:", "B:", "C:") and at meetings from now on.
 */
@IntegrationTest
class OneOnOnesApiTest {

    static final String MANAGER = "dustin.brinkmann";
    static final Instant NOW = dev.frontline.TestClock.NOW;

    @Autowired
    MockMvc mvc;

    ApiClient api;

    Lookups people;

    @BeforeEach
    void client() {
        api = ApiClient.mock(mvc).accept("application/json");
        people = new Lookups(api);
    }

    private long meeting(long repId, String startsAt) throws Exception {
        Answer a = api.demo(MANAGER).post("/api/v1/reps/" + repId + "/one-on-ones",
                "{\"startsAt\":\"" + startsAt + "\",\"durationMinutes\":30}");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    private long action(long meetingId, String user, String text, String owner) throws Exception {
        Answer a = api.demo(user).post("/api/v1/one-on-ones/" + meetingId + "/actions",
                "{\"text\":\"" + text + "\",\"owner\":\"" + owner + "\",\"dueOn\":\"2026-12-15\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    private void done(long actionId, String user) throws Exception {
        Answer current = api.demo(MANAGER).get("/api/v1/reps/" + people.personId("anna.snelling") + "/one-on-ones");
        int version = ((List<Integer>) current.read("$.meetings[*].actions[?(@.id == " + actionId + ")].version")).get(0);
        Answer a = api.demo(user).patch("/api/v1/actions/" + actionId, "{\"done\":true,\"version\":" + version + "}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    private Set<String> shownOn(long meetingId) throws Exception {
        return ours(api.demo(MANAGER).get("/api/v1/one-on-ones/" + meetingId).read("$.actions[*].text"));
    }

    /** The actions this test raised, leaving out the demo's. */
    private static Set<String> ours(List<String> texts) {
        return new TreeSet<>(texts.stream().filter(t -> t.matches("[A-C]: .*")).toList());
    }

    @Test
    void anOpenActionCarriesOverToEveryLaterOneOnOneUntilItIsDone() throws Exception {
        long rep = people.personId("anna.snelling");
        long first = meeting(rep, "2026-11-02T10:00");
        long second = meeting(rep, "2026-11-16T10:00");
        long third = meeting(rep, "2026-12-07T10:00");
        long a = action(first, MANAGER, "A: send the case study", "rep");
        long b = action(first, "anna.snelling", "B: book the ride-along", "manager");
        action(second, MANAGER, "C: clean up close dates", "rep");
        done(b, "anna.snelling");

        // Expected by the rule, worked out by hand: a meeting shows what was raised in it, and what was raised in an
        // earlier meeting and not done before it started. B was done now (27 Nov), after the first two started.
        assertThat(shownOn(first)).containsExactly("A: send the case study", "B: book the ride-along");
        assertThat(shownOn(second)).containsExactly("A: send the case study", "B: book the ride-along",
                "C: clean up close dates");
        assertThat(shownOn(third)).containsExactly("A: send the case study", "C: clean up close dates");

        done(a, MANAGER);
        long fourth = meeting(rep, "2026-12-21T10:00");

        assertThat(shownOn(third)).containsExactly("C: clean up close dates");
        assertThat(shownOn(fourth)).containsExactly("C: clean up close dates");
        assertThat(shownOn(second)).contains("A: send the case study");
        Answer history = api.demo("anna.snelling").get("/api/v1/reps/" + rep + "/one-on-ones");
        assertThat(ours(history.read("$.openActions[*].text"))).containsExactly("C: clean up close dates");
        assertThat(history.<List<Boolean>>read("$.meetings[?(@.id == " + third + ")].actions[*].carriedOver"))
                .containsOnly(true);
    }

    @Test
    void theRepAndTheManagerShareTheAgendaAndNotesButOnlyTheManagerRecordsTheMeeting() throws Exception {
        long rep = people.personId("anna.snelling");
        long past = meeting(rep, "2026-11-20T15:00");
        Answer added = api.demo("anna.snelling").post("/api/v1/one-on-ones/" + past + "/agenda",
                "{\"text\":\"My pipeline for December\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.<String>read("$.by")).isEqualTo("REP");

        Answer byRep = api.demo("anna.snelling").patch("/api/v1/one-on-ones/" + past,
                "{\"status\":\"held\",\"version\":0}");
        assertThat(byRep.status()).isEqualTo(403);
        Answer held = api.demo(MANAGER).patch("/api/v1/one-on-ones/" + past, "{\"status\":\"held\",\"version\":0}");
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.<String>read("$.status")).isEqualTo("HELD");

        Answer late = api.demo("anna.snelling").post("/api/v1/one-on-ones/" + past + "/agenda", "{\"text\":\"One more\"}");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.<List<String>>read("$.errors")).singleElement().asString().startsWith("meeting: this 1:1 is held");

        Answer notes = api.demo("anna.snelling").patch("/api/v1/one-on-ones/" + past,
                "{\"sharedNotes\":\"We agreed on three focus deals.\",\"version\":1}");
        assertThat(notes.status()).as(notes.body()).isEqualTo(200);
        Answer stale = api.demo(MANAGER).patch("/api/v1/one-on-ones/" + past,
                "{\"sharedNotes\":\"Overwriting\",\"version\":1}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.<Integer>read("$.currentVersion")).isEqualTo(2);
        assertThat(api.demo(MANAGER).get("/api/v1/one-on-ones/" + past).<String>read("$.sharedNotes"))
                .isEqualTo("We agreed on three focus deals.");

        Answer future = api.demo(MANAGER).patch("/api/v1/one-on-ones/" + meeting(rep, "2026-12-30T09:00"),
                "{\"status\":\"held\",\"version\":0}");
        assertThat(future.status()).isEqualTo(422);
    }

    @Test
    void badInputIsNamed() throws Exception {
        long rep = people.personId("anna.snelling");
        Answer wrong = api.demo(MANAGER).post("/api/v1/reps/" + rep + "/one-on-ones",
                "{\"startsAt\":\"next tuesday\",\"durationMinutes\":1000}");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.<List<String>>read("$.errors")).containsExactly(
                "startsAt: 'next tuesday' is not a date and time; use 2026-12-01T10:00",
                "durationMinutes: must be 5 to 480, not 1000");
        Answer type = api.demo(MANAGER).post("/api/v1/reps/" + rep + "/one-on-ones", "{\"durationMinutes\":\"long\"}");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.<String>read("$.detail")).contains("durationMinutes");
        Answer owner = api.demo(MANAGER).post("/api/v1/one-on-ones/" + meeting(rep, "2026-12-02T10:00") + "/actions",
                "{\"text\":\"x\",\"owner\":\"team\"}");
        assertThat(owner.<List<String>>read("$.errors")).containsExactly(
                "owner: 'team' is not an owner; use rep or manager");
        Answer cadence = api.demo(MANAGER).put("/api/v1/reps/" + rep + "/cadence",
                "{\"cadence\":\"daily\",\"firstAt\":\"2026-12-01T09:00\"}");
        assertThat(cadence.<List<String>>read("$.errors")).containsExactly(
                "cadence: 'daily' is not a cadence; use weekly, biweekly or monthly",
                "version: required, the version you read (0 when there was none)");
    }

    @Test
    void aCadenceLaysOutTwelveWeeksOfMeetingsAndAStaleChangeIsRefused() throws Exception {
        long rep = people.personId("versie.hillebrand");
        Answer before = api.demo(MANAGER).get("/api/v1/reps/" + rep + "/one-on-ones");
        int version = ((Number) before.read("$.cadence.version")).intValue();
        Answer set = api.demo(MANAGER).put("/api/v1/reps/" + rep + "/cadence",
                "{\"cadence\":\"weekly\",\"firstAt\":\"2026-12-01T09:00\",\"durationMinutes\":45,\"version\":"
                        + version + "}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        Answer schedule = api.demo("versie.hillebrand").get("/api/v1/reps/" + rep + "/one-on-ones");
        List<String> starts = upcoming(schedule);
        assertThat(starts).hasSize(12).first().isEqualTo("2026-12-01T09:00:00Z");
        assertThat(starts).last().isEqualTo("2027-02-16T09:00:00Z");
        // Due a week after the later of the last 1:1 held and the day the cadence was first set (the demo's).
        LocalDate lastHeld = LocalDate.parse(schedule.read("$.lastHeld"));
        assertThat(schedule.<String>read("$.due")).isEqualTo(lastHeld.plusWeeks(1).toString());

        Answer stale = api.demo(MANAGER).put("/api/v1/reps/" + rep + "/cadence",
                "{\"cadence\":\"monthly\",\"firstAt\":\"2026-12-01T09:00\",\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.<Integer>read("$.currentVersion")).isEqualTo(version + 1);
        Answer monthly = api.demo(MANAGER).put("/api/v1/reps/" + rep + "/cadence",
                "{\"cadence\":\"monthly\",\"firstAt\":\"2026-12-03T14:00\",\"version\":" + (version + 1) + "}");
        assertThat(monthly.status()).isEqualTo(200);
        assertThat(upcoming(api.demo(MANAGER).get("/api/v1/reps/" + rep + "/one-on-ones")))
                .containsExactly("2026-12-03T14:00:00Z", "2027-01-03T14:00:00Z", "2027-02-03T14:00:00Z");
        assertThat(api.demo("versie.hillebrand").put("/api/v1/reps/" + rep + "/cadence",
                "{\"cadence\":\"weekly\",\"firstAt\":\"2026-12-01T09:00\",\"version\":" + (version + 2) + "}")
                .status()).isEqualTo(403);
    }

    /** The start of the cadence's meetings from now on. */
    private static List<String> upcoming(Answer schedule) {
        return schedule.<List<String>>read("$.meetings[?(@.fromCadence == true)].startsAt").stream()
                .filter(at -> Instant.parse(at).isAfter(NOW)).toList();
    }

    @Test
    void repsOverdueForTheirCadenceShowOnTheManagersHomeAndARepWhoJoinedTodayIsNot() throws Exception {
        Answer corliss = api.demo("cara.losch").get("/api/v1/reps/" + people.personId("corliss.cosme") + "/one-on-ones");
        String lastHeld = corliss.read("$.lastHeld");
        long expected = ChronoUnit.DAYS.between(LocalDate.parse(lastHeld).plusWeeks(1), LocalDate.of(2026, 11, 27));
        assertThat(corliss.<Boolean>read("$.overdue")).isTrue();
        assertThat(((Number) corliss.read("$.daysOverdue")).longValue()).isEqualTo(expected).isPositive();

        // Elizabeth Anderson joined today (her onboarding opened with the demo load); her weekly cadence, whose first
        // 1:1 is in three days, counts from today: due on 4 December, not overdue.
        Answer elizabeth = api.demo("cara.losch").get("/api/v1/reps/" + people.personId("elizabeth.anderson") + "/one-on-ones");
        assertThat(elizabeth.<String>read("$.joinedOn")).isEqualTo("2026-11-27");
        assertThat(elizabeth.<String>read("$.due")).isEqualTo("2026-12-04");
        assertThat(elizabeth.<Boolean>read("$.overdue")).isFalse();
        assertThat(corliss.<String>read("$.joinedOn")).isNull();

        String home = html("/", "cara.losch");
        assertThat(home).contains("data-testid=\"overdue-card\"")
                .contains("data-overdue=\"corliss.cosme\"", "data-overdue=\"wilburn.farren\"")
                .doesNotContain("data-overdue=\"elizabeth.anderson\"", "data-overdue=\"violet.mclelland\"");
    }

    @Test
    void aRepOnNoCadenceIsAGapOnTheManagersHomeAndInTheDirectorsOfficeView() throws Exception {
        // Rocco Neubert's newcomer Natalya Ivanova has no cadence in the demo; nobody has met her.
        long natalya = people.personId("natalya.ivanova");
        Answer schedule = api.demo("rocco.neubert").get("/api/v1/reps/" + natalya + "/one-on-ones");
        assertThat(schedule.<Boolean>read("$.noCadence")).isTrue();
        assertThat(schedule.<Boolean>read("$.overdue")).isFalse();

        String home = html("/", "rocco.neubert");
        assertThat(home).contains("data-testid=\"overdue-card\"", "data-no-cadence=\"natalya.ivanova\"",
                "no 1:1 cadence");
        long rocco = people.teamOf("rocco.neubert");
        Answer team = api.demo("director.east").get("/api/v1/teams/" + rocco + "/coaching");
        assertThat(((Number) team.read("$.noCadence")).intValue()).isEqualTo(1);
        String office = html("/coaching", "director.east");
        assertThat(office).contains("data-testid=\"office-gaps\"", "no 1:1 cadence at all");
        assertThat(office.substring(office.indexOf("data-team=\"" + rocco + "\"")))
                .containsPattern("data-testid=\"no-cadence\"><span class=\"badge[^>]*>1<");
        assertThat(html("/", "cara.losch")).doesNotContain("data-no-cadence=");
    }

    @Test
    void aOneOnOneIsRecordedAsHeldFromItsDayOnAndCanBeStartedNow() throws Exception {
        long rep = people.personId("cecily.lampkin");
        // Later today (15:00 UTC, it is 12:00): held may be recorded already; tomorrow's may not.
        long later = meeting(rep, "2026-11-27T15:00");
        Answer held = api.demo(MANAGER).patch("/api/v1/one-on-ones/" + later, "{\"status\":\"held\",\"version\":0}");
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        long tomorrow = meeting(rep, "2026-11-28T09:00");
        Answer early = api.demo(MANAGER).patch("/api/v1/one-on-ones/" + tomorrow,
                "{\"status\":\"held\",\"version\":0}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.<List<String>>read("$.errors")).containsExactly(
                "status: a 1:1 is recorded as held from its day on (2026-11-28)");

        Answer now = api.demo(MANAGER).post("/api/v1/reps/" + rep + "/one-on-ones/now", null);
        assertThat(now.status()).as(now.body()).isEqualTo(201);
        assertThat(now.<String>read("$.startsAt")).isEqualTo("2026-11-27T12:00:00Z");
        assertThat(now.<String>read("$.status")).isEqualTo("SCHEDULED");
        Answer recorded = api.demo(MANAGER).patch("/api/v1/one-on-ones/" + now.id(),
                "{\"status\":\"held\",\"sharedNotes\":\"Quick pipeline check.\",\"version\":0}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(api.demo(MANAGER).get("/api/v1/reps/" + rep + "/one-on-ones").<String>read("$.lastHeld"))
                .isEqualTo("2026-11-27");

        Answer viaStartsAt = api.demo(MANAGER).post("/api/v1/reps/" + rep + "/one-on-ones",
                "{\"startsAt\":\"now\",\"durationMinutes\":20}");
        assertThat(viaStartsAt.status()).isEqualTo(201);
        assertThat(viaStartsAt.<String>read("$.startsAt")).isEqualTo("2026-11-27T12:00:00Z");
        assertThat(((Number) viaStartsAt.read("$.durationMinutes")).intValue()).isEqualTo(20);
        assertThat(api.demo("cecily.lampkin").post("/api/v1/reps/" + rep + "/one-on-ones/now", null).status())
                .isEqualTo(403);
        assertThat(api.demo("cara.losch").post("/api/v1/reps/" + rep + "/one-on-ones/now", null).status())
                .isEqualTo(404);
    }

    @Test
    void startingNowOpensTodaysScheduledOneOnOneInsteadOfAddingAnother() throws Exception {
        long rep = people.personId("lajuana.vencill");
        meeting(rep, "2026-11-27T16:30");
        // The earliest 1:1 still scheduled for today: this one, or one the demo's cadence laid out before it.
        List<Number> todays = api.demo(MANAGER).get("/api/v1/reps/" + rep + "/one-on-ones")
                .read("$.meetings[?(@.status == 'SCHEDULED' && @.startsAt >= '2026-11-27T12:00' "
                        + "&& @.startsAt < '2026-11-28')].id");
        int before = api.demo(MANAGER).get("/api/v1/reps/" + rep + "/one-on-ones").<List<Object>>read("$.meetings").size();

        Answer now = api.demo(MANAGER).post("/api/v1/reps/" + rep + "/one-on-ones/now", "{}");

        assertThat(now.status()).isEqualTo(201);
        assertThat(now.id()).isEqualTo(todays.get(0).longValue());
        assertThat(now.<String>read("$.startsAt")).isEqualTo("2026-11-27T12:00:00Z");
        assertThat(api.demo(MANAGER).get("/api/v1/reps/" + rep + "/one-on-ones").<List<Object>>read("$.meetings"))
                .hasSize(before);
    }

    private String html(String path, String user) {
        return api.demo(user).get(path, "Accept", "text/html").body();
    }

    @Test
    void privateNotesAreForTheManagerAndTheDirectorAndEveryReadAndWriteIsAudited() throws Exception {
        long rep = people.personId("lajuana.vencill");
        long meeting = meeting(rep, "2026-11-25T11:00");
        Answer written = api.demo(MANAGER).put("/api/v1/one-on-ones/" + meeting + "/private-notes",
                "{\"text\":\"Worried about her motivation after the reorg.\",\"version\":0}");
        assertThat(written.status()).as(written.body()).isEqualTo(200);

        assertThat(api.demo("director.central").get("/api/v1/one-on-ones/" + meeting + "/private-notes").<String>read("$.text"))
                .isEqualTo("Worried about her motivation after the reorg.");
        for (String outsider : List.of("lajuana.vencill", "admin", "director.east", "cara.losch", "moses.frase")) {
            assertThat(api.demo(outsider).get("/api/v1/one-on-ones/" + meeting + "/private-notes").status())
                    .as(outsider).isEqualTo(404);
        }
        assertThat(api.demo("director.central").put("/api/v1/one-on-ones/" + meeting + "/private-notes",
                "{\"text\":\"x\",\"version\":1}").status()).isEqualTo(403);
        assertThat(api.demo("lajuana.vencill").get("/api/v1/one-on-ones/" + meeting).body()).doesNotContain("motivation");
        assertThat(api.demo("lajuana.vencill").get("/api/v1/reps/" + rep + "/one-on-ones").body()).doesNotContain("motivation");

        String directorsView = html("/teams/" + people.teamOf(MANAGER) + "/coaching", "director.central");
        assertThat(directorsView).contains("Lajuana Vencill").doesNotContain("motivation after the reorg");
        assertThat(api.demo("director.central").get("/api/v1/teams/" + people.teamOf(MANAGER) + "/coaching").body())
                .doesNotContain("motivation after the reorg");

        Answer log = api.demo("admin").get("/api/v1/audit?kind=coaching&repId=" + rep);
        List<Map<String, Object>> entries = log.read("$[?(@.meetingId == " + meeting + ")]");
        assertThat(entries).extracting(e -> e.get("actor") + " " + e.get("action"))
                .containsExactly("moses.frase REFUSED", "cara.losch REFUSED", "director.east REFUSED",
                        "admin REFUSED", "lajuana.vencill REFUSED", "director.central READ", "dustin.brinkmann WRITE");
        assertThat(api.demo(MANAGER).get("/api/v1/audit?kind=coaching").status()).isEqualTo(403);
    }
}
