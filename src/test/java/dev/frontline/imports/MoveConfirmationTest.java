package dev.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.Dataset;
import dev.frontline.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A team file that moves people already in Frontline writes nothing until the admin confirms the moves, named in
 * words (409 {@code NEEDS_CONFIRMATION}). The demo's people are only ever asked about, never moved; moves that are
 * confirmed and written happen in {@link MoveSandbox}, removed after each test, so that the other tests find the
 * demo as it was loaded.
 */
@IntegrationTest
class MoveConfirmationTest {

    private static final String TEAMS_HEADER = MoveSandbox.TEAMS_HEADER;
    private static final String REP_A_TO_TWO = MoveSandbox.REP_A_TO_TWO;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    private Map<String, Object> demoBefore;
    private DataSnapshot dealsBefore;

    @BeforeEach
    void remember() {
        demoBefore = demoFingerprint();
        dealsBefore = DataSnapshot.take(jdbc);
    }

    @AfterEach
    void removeTheSandboxAndCheckTheDemoIsUntouched() {
        dealsBefore.restore(jdbc, events);
        MoveSandbox.remove(jdbc, events);
        assertThat(demoFingerprint()).isEqualTo(demoBefore);
    }

    @Test
    void theOneRowFileOfTheIssueNamesTheTeamItMovesAndWritesNothing() throws Exception {
        long caraReps = Dataset.rows("sales_teams.csv").stream().filter(r -> r[1].equals("Cara Losch")).count();

        post(teams("Bob Newrep,Cara Losch,Atlantis"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("NEEDS_CONFIRMATION"))
                .andExpect(jsonPath("$.moves.length()").value(2))
                .andExpect(jsonPath("$.moves[0].kind").value("OFFICE_CREATED"))
                .andExpect(jsonPath("$.moves[0].subject").value("Atlantis"))
                .andExpect(jsonPath("$.moves[0].text").value("creates a new office Atlantis"))
                .andExpect(jsonPath("$.moves[1].kind").value("TEAM_OFFICE"))
                .andExpect(jsonPath("$.moves[1].subject").value("Cara Losch's team"))
                .andExpect(jsonPath("$.moves[1].from").value("East"))
                .andExpect(jsonPath("$.moves[1].to").value("Atlantis"))
                .andExpect(jsonPath("$.moves[1].text")
                        .value("moves Cara Losch's team, " + caraReps + " reps, from East to a new office Atlantis"))
                .andExpect(jsonPath("$.confirmation").isNotEmpty())
                .andExpect(jsonPath("$.files[0].created").value(0));

        assertThat(caraReps).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from region where name = 'Atlantis'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from person where display_name = 'Bob Newrep'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aRepGoingToAnotherManagerIsNamedWithBothTeams() throws Exception {
        post(teams("Violet Mclelland,Dustin Brinkmann,Central"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.moves.length()").value(1))
                .andExpect(jsonPath("$.moves[0].kind").value("PERSON_TEAM"))
                .andExpect(jsonPath("$.moves[0].text")
                        .value("moves Violet Mclelland from Cara Losch's team to Dustin Brinkmann's team"));
    }

    @Test
    void newRepsJoiningKnownTeamsNeedNoConfirmation() throws Exception {
        post(sandbox(), "true").andExpect(status().isOk());

        post(teams("Zzmove Rep E,Zzmove Manager One,Zzmove Office", "Zzmove Rep A,Zzmove Manager One,Zzmove Office"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.files[0].created").value(1))
                .andExpect(jsonPath("$.files[0].unchanged").value(1))
                .andExpect(jsonPath("$.moves").doesNotExist());
    }

    @Test
    void aConfirmedImportMakesTheMovesAndNamesThemInTheReport() throws Exception {
        String asked = body(post(sandbox()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.moves[0].text").value("creates a new office Zzmove Office")));
        assertThat(personCount()).isZero();

        post(sandbox(), "true", JsonPath.read(asked, "$.confirmation"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.files[0].created").value(4))
                .andExpect(jsonPath("$.moves[0].text").value("creates a new office Zzmove Office"));
        assertThat(personCount()).isEqualTo(7);

        String move = body(post(teams(REP_A_TO_TWO)).andExpect(status().isConflict()));
        assertThat(teamOf("Zzmove Rep A")).isEqualTo("Zzmove Manager One's team");

        post(teams(REP_A_TO_TWO), "true", JsonPath.read(move, "$.confirmation"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].updated").value(1))
                .andExpect(jsonPath("$.moves[0].text")
                        .value("moves Zzmove Rep A from Zzmove Manager One's team to Zzmove Manager Two's team"));
        assertThat(teamOf("Zzmove Rep A")).isEqualTo("Zzmove Manager Two's team");
    }

    @Test
    void aConfirmationOfMovesThatNoLongerHoldAsksAgain() throws Exception {
        post(sandbox(), "true").andExpect(status().isOk());
        String first = body(post(teams(REP_A_TO_TWO)).andExpect(status().isConflict()));
        String confirmed = JsonPath.read(first, "$.confirmation");

        // meanwhile another import puts Rep A in Manager Three's team
        post(teams(MoveSandbox.REP_A_TO_THREE), "true").andExpect(status().isOk());

        String again = body(post(teams(REP_A_TO_TWO), "true", confirmed)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("NEEDS_CONFIRMATION"))
                .andExpect(jsonPath("$.confirmation").value(not(confirmed)))
                .andExpect(jsonPath("$.moves[0].text")
                        .value("moves Zzmove Rep A from Zzmove Manager Three's team to Zzmove Manager Two's team")));
        assertThat(teamOf("Zzmove Rep A")).isEqualTo("Zzmove Manager Three's team");

        post(teams(REP_A_TO_TWO), "true", JsonPath.read(again, "$.confirmation")).andExpect(status().isOk());
        assertThat(teamOf("Zzmove Rep A")).isEqualTo("Zzmove Manager Two's team");
    }

    @Test
    void aWholeTeamGoingToAnotherManagerIsOneMove() throws Exception {
        post(sandbox(), "true").andExpect(status().isOk());

        post(teams("Zzmove Rep A,Zzmove Manager Two,Zzmove Office", "Zzmove Rep B,Zzmove Manager Two,Zzmove Office"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.moves.length()").value(1))
                .andExpect(jsonPath("$.moves[0].kind").value("TEAM_MANAGER"))
                .andExpect(jsonPath("$.moves[0].from").value("Zzmove Manager One"))
                .andExpect(jsonPath("$.moves[0].to").value("Zzmove Manager Two"))
                .andExpect(jsonPath("$.moves[0].text").value("moves Zzmove Manager One's team, all 2 reps, from "
                        + "Zzmove Manager One to Zzmove Manager Two's team"));
    }

    @Test
    void aConfirmedImportWithABadRowInAnotherFileWritesNothing() throws Exception {
        post(sandbox(), "true").andExpect(status().isOk());
        String deals = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"
                + "ZZMOVE01,Zzmove Rep A,GTX Basic,Cancity,Won,2026-10-02,2026-11-20,abc\n";

        post(List.of(teams(REP_A_TO_TWO), file("deals.csv", deals)), "true", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.moves").doesNotExist());
        assertThat(teamOf("Zzmove Rep A")).isEqualTo("Zzmove Manager One's team");
    }

    @Test
    void mappingComesFirstThenTheConfirmation() throws Exception {
        post(sandbox(), "true").andExpect(status().isOk());
        MockMultipartFile deals = file("hubspot.csv", """
                Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Deal owner
                9199000001,Zzmove deal,Zzmove Negotiation,100,2026-12-20,2026-11-01,Zzmove Rep B
                """);
        List<MockMultipartFile> files = List.of(teams(REP_A_TO_TWO), deals);
        String mapping = "{\"stages\":{\"Zzmove Negotiation\":\"open\"}}";

        post(files, null, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("NEEDS_MAPPING"))
                .andExpect(jsonPath("$.moves").doesNotExist());
        String asked = body(post(files, null, null, mapping).andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("NEEDS_CONFIRMATION"))
                .andExpect(jsonPath("$.mapping").doesNotExist())
                .andExpect(jsonPath("$.moves[0].kind").value("PERSON_TEAM")));
        post(files, "true", JsonPath.read(asked, "$.confirmation"), mapping).andExpect(status().isOk());

        assertThat(teamOf("Zzmove Rep A")).isEqualTo("Zzmove Manager Two's team");
        assertThat(jdbc.sql("select count(*) from opportunity where external_id = 'hubspot:9199000001'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void confirmIsTrueOrFalse() throws Exception {
        post(List.of(teams("Violet Mclelland,Dustin Brinkmann,Central")), "yes please", null)
                .andExpect(status().isBadRequest());
        post(List.of(teams("Violet Mclelland,Dustin Brinkmann,Central")), "false", null)
                .andExpect(status().isConflict());
    }

    private static MockMultipartFile sandbox() {
        return file("sandbox.csv", MoveSandbox.ROSTER);
    }

    private static MockMultipartFile teams(String... rows) {
        String content = rows.length == 1 && rows[0].startsWith(TEAMS_HEADER) ? rows[0]
                : TEAMS_HEADER + String.join("\n", rows) + "\n";
        return file("teams.csv", content);
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private ResultActions post(MockMultipartFile file) throws Exception {
        return post(List.of(file), null, null);
    }

    private ResultActions post(MockMultipartFile file, String confirm) throws Exception {
        return post(List.of(file), confirm, null);
    }

    private ResultActions post(MockMultipartFile file, String confirm, String confirmation) throws Exception {
        return post(List.of(file), confirm, confirmation);
    }

    private ResultActions post(List<MockMultipartFile> files, String confirm, String confirmation) throws Exception {
        return post(files, confirm, confirmation, null);
    }

    private ResultActions post(List<MockMultipartFile> files, String confirm, String confirmation, String mapping)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/imports");
        files.forEach(request::file);
        if (confirm != null) {
            request.param("confirm", confirm);
        }
        if (confirmation != null) {
            request.param("confirmation", confirmation);
        }
        if (mapping != null) {
            request.param("mapping", mapping);
        }
        return mvc.perform(request.with(httpBasic("admin", "demo")));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long personCount() {
        return jdbc.sql("select count(*) from person where display_name like 'Zzmove%'").query(Long.class).single();
    }

    private String teamOf(String person) {
        return MoveSandbox.teamOf(jdbc, person);
    }

    /** Offices, teams and people of the demo, with their versions: any write to them changes it. */
    private Map<String, Object> demoFingerprint() {
        return jdbc.sql("""
                        select (select count(*) from region where name not like 'Zzmove%') as regions,
                               (select count(*) from team where name not like 'Zzmove%') as teams,
                               (select coalesce(sum(version), 0) from team where name not like 'Zzmove%') as tv,
                               (select count(*) from person where display_name not like 'Zzmove%') as people,
                               (select coalesce(sum(version), 0) from person where display_name not like 'Zzmove%') as pv,
                               (select count(*) from onboarding) as onboarding
                        """)
                .query().singleRow();
    }
}
