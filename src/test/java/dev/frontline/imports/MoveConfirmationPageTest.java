package dev.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.frontline.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The confirmation step on the import page: the job stops with the moves listed, runs again from the files kept
 * on the server when the admin confirms, asks again when the moves changed meanwhile, and writes nothing when the
 * admin cancels.
 */
@IntegrationTest
class MoveConfirmationPageTest {

    private static final Pattern JOB_ID = Pattern.compile("id=\"job-([0-9a-f-]{36})\"");
    private static final Pattern PHASE = Pattern.compile("data-phase=\"([^\"]*)\"");
    private static final Pattern CONFIRMATION = Pattern.compile("name=\"confirmation\" value=\"([0-9a-f]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Importer importer;

    private String demoBefore;

    @BeforeEach
    void remember() {
        demoBefore = demo();
    }

    @AfterEach
    void putBack() {
        MoveSandbox.remove(jdbc, events);
        assertThat(demo()).isEqualTo(demoBefore);
    }

    @Test
    void listsTheMovesAndCancellingWritesNothing() throws Exception {
        String job = upload(MoveSandbox.TEAMS_HEADER + "Violet Mclelland,Dustin Brinkmann,Central\n");

        String page = text(awaitFinished(job, "Needs confirmation"));
        assertThat(page).contains("Moves Violet Mclelland from Cara Losch's team to Dustin Brinkmann's team.",
                "Confirm and import", "Cancel");

        String cancelled = mvc.perform(post("/imports/jobs/" + job + "/cancel").header("HX-Request", "true")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cancelled).contains("data-phase=\"Cancelled\"", "Nothing was written");
        mvc.perform(post("/imports/jobs/" + job + "/moves").param("confirmation", confirmation(page))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest());
        assertThat(MoveSandbox.teamOf(jdbc, "Violet Mclelland")).isEqualTo("Cara Losch's team");
    }

    @Test
    void confirmingRunsTheImportAgainAndTheReportNamesTheMove() throws Exception {
        MoveSandbox.importConfirmed(importer, MoveSandbox.ROSTER);
        String job = upload(MoveSandbox.REP_A_TO_TWO);
        String page = text(awaitFinished(job, "Needs confirmation"));
        assertThat(MoveSandbox.teamOf(jdbc, "Zzmove Rep A")).isEqualTo("Zzmove Manager One's team");

        confirm(job, confirmation(page));

        assertThat(text(awaitFinished(job, "Completed"))).contains("As you confirmed, the import:",
                "moves Zzmove Rep A from Zzmove Manager One's team to Zzmove Manager Two's team");
        assertThat(MoveSandbox.teamOf(jdbc, "Zzmove Rep A")).isEqualTo("Zzmove Manager Two's team");
    }

    @Test
    void movesThatChangedSinceTheyWereShownAreShownAgain() throws Exception {
        MoveSandbox.importConfirmed(importer, MoveSandbox.ROSTER);
        String job = upload(MoveSandbox.REP_A_TO_TWO);
        String shown = confirmation(text(awaitFinished(job, "Needs confirmation")));
        MoveSandbox.importConfirmed(importer, MoveSandbox.REP_A_TO_THREE);

        confirm(job, shown);

        String again = text(awaitFinished(job, "Needs confirmation"));
        assertThat(again).contains("data-testid=\"moves-changed\"",
                "Moves Zzmove Rep A from Zzmove Manager Three's team to Zzmove Manager Two's team.");
        assertThat(confirmation(again)).isNotEqualTo(shown);
        assertThat(MoveSandbox.teamOf(jdbc, "Zzmove Rep A")).isEqualTo("Zzmove Manager Three's team");
    }

    private String upload(String teams) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "teams.csv", "text/csv",
                teams.getBytes(StandardCharsets.UTF_8));
        String body = mvc.perform(multipart("/imports").file(file).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher id = JOB_ID.matcher(body);
        assertThat(id.find()).as("a job card").isTrue();
        return id.group(1);
    }

    private void confirm(String job, String confirmation) throws Exception {
        mvc.perform(post("/imports/jobs/" + job + "/moves").param("confirmation", confirmation)
                        .header("HX-Request", "true").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
    }

    /** The job card once the job stopped running (it no longer polls), checked to be in the phase. */
    private String awaitFinished(String job, String phase) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        String body = "";
        while (System.currentTimeMillis() < deadline) {
            body = mvc.perform(get("/imports/jobs/" + job).with(httpBasic("admin", "demo")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (!body.contains("every 500ms")) {
                Matcher m = PHASE.matcher(body);
                assertThat(m.find() ? m.group(1) : "").as(body).isEqualTo(phase);
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The job did not finish: " + body);
    }

    private static String confirmation(String page) {
        Matcher m = CONFIRMATION.matcher(page);
        assertThat(m.find()).as("the confirmation form carries the moves' fingerprint").isTrue();
        return m.group(1);
    }

    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html);
    }

    private String demo() {
        return jdbc.sql("""
                        select (select count(*) from person where display_name not like 'Zzmove%') || ':'
                            || (select sum(version) from person where display_name not like 'Zzmove%') || ':'
                            || (select sum(version) from team where name not like 'Zzmove%') || ':'
                            || (select count(*) from region where name not like 'Zzmove%')""")
                .query(String.class).single();
    }
}
