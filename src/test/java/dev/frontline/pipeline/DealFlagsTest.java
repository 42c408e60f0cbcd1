package dev.frontline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.ApiClient.Part;
import dev.frontline.IntegrationTest;
import dev.frontline.Statements;
import dev.frontline.shared.DataChanged;
import dev.frontline.system.FiscalCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deal list's flags on a small team imported in the test, its history written by SQL (all rolled back after each
 * test). The tests' today is 27 November 2026 (UTC); the fiscal year starts in January unless a test moves it.
 *
 * <ul>
 *   <li>ZF1 changed 31 days ago, ZF2 29 days ago; ZF3 has no history, last written 38 days ago;</li>
 *   <li>ZF4's close date moved from 20 Sep (Q3) to 15 Dec (Q4); ZF5's within Q4; ZF8's to Q4 and back to Q3;
 *       ZF9's from 20 Sep to 10 Oct (Q3 to Q4 in calendar quarters, one quarter when the year starts in February);</li>
 *   <li>ZF6 is won, with an old change and a close date moved Q3 to Q4: a closed deal is never flagged.</li>
 * </ul>
 */
@IntegrationTest
@Transactional
class DealFlagsTest {

    private static final String TEAMS = "sales_agent,manager,regional_office\n"
            + "Zf Onerep,Zf Manager,Zf Office\nZf Tworep,Zf Manager,Zf Office\n";
    private static final String DEALS = """
            opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value
            ZF1,Zf Onerep,GTX Basic,Cancity,Engaging,2026-08-01,,
            ZF2,Zf Onerep,GTX Basic,Cancity,Engaging,2026-08-01,,
            ZF3,Zf Tworep,GTX Basic,Cancity,Engaging,2026-08-01,,
            ZF4,Zf Tworep,GTX Basic,Cancity,Engaging,2026-08-01,,
            ZF5,Zf Tworep,GTX Basic,Cancity,Engaging,2026-08-01,,
            ZF6,Zf Onerep,GTX Basic,Cancity,Won,2026-08-01,2026-11-10,1000
            ZF8,Zf Onerep,GTX Basic,Cancity,Engaging,2026-08-01,,
            ZF9,Zf Onerep,GTX Basic,Cancity,Engaging,2026-08-01,,
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    FiscalCalendar calendar;

    private long team;

    @BeforeEach
    void aTeamWithHistory() {
        Answer imported = admin().upload("/api/v1/imports", List.of(Part.csv("teams.csv", TEAMS),
                Part.csv("deals.csv", DEALS)), Map.of("confirm", "true"), false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        jdbc.sql("update opportunity set updated_at = timestamptz '2026-09-01 12:00Z' where external_id like 'ZF%'")
                .update();
        jdbc.sql("update opportunity set updated_at = timestamptz '2026-10-20 12:00Z' where external_id = 'ZF3'")
                .update();
        closeDate("ZF4", "2026-12-15");
        closeDate("ZF5", "2026-12-20");
        closeDate("ZF8", "2026-09-25");
        closeDate("ZF9", "2026-10-10");
        history("ZF1", "2026-10-27 12:00Z", "stage", "Prospecting", "Engaging");
        history("ZF2", "2026-10-29 12:00Z", "amount", "500", "800");
        history("ZF4", "2026-11-20 12:00Z", "close_date", "2026-09-20", "2026-12-15");
        history("ZF5", "2026-11-20 12:00Z", "close_date", "2026-12-01", "2026-12-20");
        history("ZF6", "2026-09-25 12:00Z", "close_date", "2026-09-20", "2026-11-10");
        history("ZF8", "2026-11-10 12:00Z", "close_date", "2026-09-25", "2026-12-05");
        history("ZF8", "2026-11-20 12:00Z", "close_date", "2026-12-05", "2026-09-25");
        history("ZF9", "2026-11-20 12:00Z", "close_date", "2026-09-20", "2026-10-10");
        events.publishEvent(DataChanged.everything());
        team = jdbc.sql("select team_id from person where display_name = 'Zf Onerep'").query(Long.class).single();
    }

    @Test
    void aDealUnchangedForMoreThanTheTeamsDaysIsStale() {
        Map<String, Map<String, Object>> flags = flags(admin());

        assertThat(flags.get("ZF1")).as("changed 31 days ago, N = 30").containsEntry("stale", true)
                .containsEntry("lastChange", "2026-10-27").containsEntry("staleAfterDays", 30);
        assertThat(flags.get("ZF2")).as("changed 29 days ago").containsEntry("stale", false)
                .containsEntry("lastChange", "2026-10-29");
        assertThat(flags.get("ZF3")).as("no history: last written 38 days ago").containsEntry("stale", true)
                .containsEntry("lastChange", "2026-10-20");
        assertThat(flags.get("ZF4")).containsEntry("stale", false);
    }

    @Test
    void changingTheTeamsDaysChangesWhatIsStale() {
        Answer set = admin().put("/api/v1/teams/" + team + "/pipeline-settings", "{\"version\":0,\"staleAfterDays\":60}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.<Integer>read("$.version")).isEqualTo(1);

        Map<String, Map<String, Object>> at60 = flags(admin());
        assertThat(at60.get("ZF1")).containsEntry("stale", false).containsEntry("staleAfterDays", 60);
        assertThat(at60.get("ZF3")).containsEntry("stale", false);

        assertThat(admin().put("/api/v1/teams/" + team + "/pipeline-settings",
                "{\"version\":1,\"staleAfterDays\":28}").status()).isEqualTo(200);
        Map<String, Map<String, Object>> at28 = flags(admin());
        assertThat(at28.get("ZF2")).as("29 days > 28").containsEntry("stale", true);
        assertThat(at28.get("ZF1")).containsEntry("stale", true);
    }

    @Test
    void aCloseDateMovedIntoALaterQuarterSlipped() {
        Map<String, Map<String, Object>> flags = flags(admin());

        assertThat(flags.get("ZF4")).containsEntry("slipped", true).containsEntry("slippedFrom", "2026-Q3");
        assertThat(flags.get("ZF9")).containsEntry("slipped", true).containsEntry("slippedFrom", "2026-Q3");
        assertThat(flags.get("ZF5")).as("moved within Q4").containsEntry("slipped", false)
                .containsEntry("slippedFrom", null);
        assertThat(flags.get("ZF8")).as("moved to Q4 and back to Q3").containsEntry("slipped", false);
        assertThat(flags.get("ZF1")).containsEntry("slipped", false);
        Answer one = admin().get("/api/v1/opportunities/" + id("ZF4"));
        assertThat(one.<String>read("$.flags.slippedFrom")).isEqualTo("2026-Q3");
    }

    @Test
    void anEditThatPushesTheCloseDateIntoTheNextQuarterSlipsItAndFreshensIt() {
        long zf1 = id("ZF1");
        closeDate("ZF1", "2026-12-10");
        events.publishEvent(DataChanged.everything());
        int version = admin().get("/api/v1/opportunities/" + zf1).read("$.version");

        Answer edited = admin().patch("/api/v1/opportunities/" + zf1,
                "{\"version\":" + version + ",\"closeDate\":\"2027-01-15\"}");

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(flags(admin()).get("ZF1")).containsEntry("slipped", true).containsEntry("slippedFrom", "2026-Q4")
                .containsEntry("stale", false).containsEntry("lastChange", "2026-11-27");
    }

    @Test
    void quartersAreTheFiscalCalendars() {
        calendar.setFirstMonth(2, calendar.version());

        Map<String, Map<String, Object>> flags = flags(admin());

        assertThat(flags.get("ZF9")).as("20 Sep and 10 Oct are both in August–October").containsEntry("slipped", false);
        assertThat(flags.get("ZF4")).as("August–October to November–January").containsEntry("slipped", true)
                .containsEntry("slippedFrom", "2026-Q3");
    }

    @Test
    void aClosedDealIsNeverFlagged() {
        assertThat(flags(admin()).get("ZF6")).containsEntry("stale", false).containsEntry("slipped", false)
                .containsEntry("lastChange", null);
    }

    @Test
    void theListCanBeNarrowedToAFlag() {
        assertThat(ids(admin().get("/api/v1/opportunities?size=50&flagged=stale&teamId=" + team)))
                .containsExactlyInAnyOrder("ZF1", "ZF3");
        assertThat(ids(admin().get("/api/v1/opportunities?size=50&flagged=slipped&teamId=" + team)))
                .containsExactlyInAnyOrder("ZF4", "ZF9");
        assertThat(admin().get("/api/v1/opportunities?flagged=late").status()).isEqualTo(422);
    }

    @Test
    void thePageShowsBadgesWithTextAndTheLegend() {
        Answer page = admin().get("/opportunities?teamId=" + team);
        assertThat(page.status()).isEqualTo(200);

        assertThat(page.body()).contains("data-testid=\"flags-legend\"").contains("more than 30 days")
                .contains("Slipped from 2026-Q3").contains("data-flag=\"stale\"")
                .contains("data-testid=\"stale-setting\"");
        assertThat(row(page.body(), "ZF1")).contains("data-flag=\"stale\"").contains(">Stale<");
        assertThat(row(page.body(), "ZF2")).doesNotContain("data-flag=");
        assertThat(row(page.body(), "ZF6")).doesNotContain("data-flag=");
        assertThat(admin().get("/opportunities/" + id("ZF4")).body()).contains("Slipped from 2026-Q3");
        assertThat(admin().get("/opportunities/" + id("ZF6")).body()).doesNotContain("data-flag=");
        Answer stale = admin().get("/opportunities?flagged=stale&teamId=" + team);
        assertThat(stale.body()).contains("data-deal=\"ZF1\"").contains("data-deal=\"ZF3\"")
                .doesNotContain("data-deal=\"ZF2\"");
    }

    @Test
    void thePagesFormSetsTheDays() {
        ApiClient browser = ApiClient.mock(mvc).signIn("admin", ApiClient.DEMO_PASSWORD);

        Answer saved = browser.submit("/teams/" + team + "/pipeline-settings",
                Map.of("version", "0", "staleAfterDays", "60"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(flags(admin()).get("ZF1")).containsEntry("stale", false);
        assertThat(browser.submit("/teams/" + team + "/pipeline-settings",
                Map.of("version", "0", "staleAfterDays", "20")).status()).isEqualTo(409);
        Answer invalid = browser.submit("/teams/" + team + "/pipeline-settings",
                Map.of("version", "1", "staleAfterDays", "400"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).contains("data-testid=\"settings-error\"").contains("staleAfterDays");
    }

    @Test
    void theSettingsApiRefusesStaleVersionsBadDaysAndOutsiders() {
        String uri = "/api/v1/teams/" + team + "/pipeline-settings";
        Answer before = admin().get(uri);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.<Integer>read("$.staleAfterDays")).isEqualTo(30);
        assertThat(before.<Boolean>read("$.teamsOwn")).isFalse();
        assertThat(before.<Integer>read("$.version")).isZero();

        assertThat(admin().put(uri, "{\"version\":0,\"staleAfterDays\":0}").status()).isEqualTo(422);
        assertThat(admin().put(uri, "{\"version\":0,\"staleAfterDays\":366}").status()).isEqualTo(422);
        assertThat(admin().put(uri, "{\"staleAfterDays\":45}").status()).isEqualTo(422);
        assertThat(admin().put(uri, "{\"version\":0,\"staleAfterDays\":45}").status()).isEqualTo(200);
        Answer stale = admin().put(uri, "{\"version\":0,\"staleAfterDays\":50}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin().get(uri).<Integer>read("$.staleAfterDays")).isEqualTo(45);

        assertThat(ApiClient.mock(mvc).demo("cara.losch").get(uri).status()).isEqualTo(404);
        assertThat(ApiClient.mock(mvc).demo("cara.losch").put(uri, "{\"version\":1,\"staleAfterDays\":50}").status())
                .isEqualTo(404);
        long carasTeam = jdbc.sql("select t.id from team t join person p on p.id = t.manager_id"
                + " where p.username = 'cara.losch' order by t.id limit 1").query(Long.class).single();
        assertThat(ApiClient.mock(mvc).demo("violet.mclelland").get("/api/v1/teams/" + carasTeam
                + "/pipeline-settings").status()).isEqualTo(404);
        assertThat(ApiClient.mock(mvc).demo("cara.losch").get("/api/v1/teams/" + carasTeam
                + "/pipeline-settings").status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/teams/999999999/pipeline-settings").status()).isEqualTo(404);
    }

    @Test
    void theFlagsCostNoStatementPerRow() throws Exception {
        ApiClient admin = admin();
        admin.get("/api/v1/opportunities?size=1&teamId=" + team);
        Statements.Count one = Statements.during(() -> admin.get("/api/v1/opportunities?size=1&teamId=" + team));
        Statements.Count all = Statements.during(() -> admin.get("/api/v1/opportunities?size=50&teamId=" + team));
        Statements.Count page = Statements.during(() -> admin.get("/opportunities?teamId=" + team));

        assertThat(all.total()).as(all.toString()).isEqualTo(one.total());
        assertThat(all.sql().stream().filter(s -> s.contains("opportunity_history")).count()).as(all.toString())
                .isEqualTo(1);
        assertThat(page.sql().stream().filter(s -> s.contains("opportunity_history")).count()).as(page.toString())
                .isEqualTo(1);
    }

    private long id(String deal) {
        return jdbc.sql("select id from opportunity where external_id = :id").param("id", deal).query(Long.class).single();
    }

    private void closeDate(String deal, String date) {
        jdbc.sql("update opportunity set close_date = cast(:d as date) where external_id = :id")
                .param("d", date).param("id", deal).update();
    }

    private void history(String deal, String at, String field, String from, String to) {
        jdbc.sql("""
                        insert into opportunity_history (opportunity_id, changed_at, field, old_value, new_value, source)
                        select id, cast(:at as timestamptz), :field, :old, :new, 'crm' from opportunity where external_id = :id
                        """)
                .param("at", at).param("field", field).param("old", from).param("new", to).param("id", deal)
                .update();
    }

    /** Each fixture deal's flags, as the API gives them, by external id. */
    private Map<String, Map<String, Object>> flags(ApiClient client) {
        Answer answer = client.get("/api/v1/opportunities?size=50&teamId=" + team);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Map<String, Map<String, Object>> byDeal = new LinkedHashMap<>();
        List<Map<String, Object>> deals = answer.read("$.content[*]");
        deals.forEach(d -> byDeal.put((String) d.get("externalId"), (Map<String, Object>) d.get("flags")));
        assertThat(byDeal).containsOnlyKeys("ZF1", "ZF2", "ZF3", "ZF4", "ZF5", "ZF6", "ZF8", "ZF9");
        return byDeal;
    }

    private static List<String> ids(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.read("$.content[*].externalId");
    }

    private static String row(String page, String deal) {
        int start = page.indexOf("data-deal=\"" + deal + "\"");
        assertThat(start).as(deal).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private ApiClient admin() {
        return ApiClient.mock(mvc).demo("admin");
    }
}
