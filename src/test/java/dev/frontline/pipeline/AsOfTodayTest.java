package dev.frontline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.ApiClient.Part;
import dev.frontline.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nothing dated after today is a fact yet, whatever the data holds: a CRM export that dates wins and losses after
 * today (the tests' today is 27 November 2026) and a deal created after today. Every figure "to date" — the board,
 * results, the rep's page, the forecast's won to date — counts only what happened on or before today; a deal the data
 * closes later is open pipeline, and one created later is not there yet.
 *
 * <p>Each test imports its own small team and rolls it back (the in-process client runs in the test's transaction).
 */
@IntegrationTest
@Transactional
class AsOfTodayTest {

    private static final String TEAMS = "sales_agent,manager,regional_office\nZz Futurerep,Zz Futuremanager,Zz Futureoffice\n";
    private static final String DEALS = """
            opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value
            ZZF1,Zz Futurerep,GTX Basic,Cancity,Won,2026-10-01,2026-11-10,1000
            ZZF2,Zz Futurerep,GTX Basic,Cancity,Won,2026-10-05,2026-12-15,5000
            ZZF3,Zz Futurerep,GTX Basic,Cancity,Lost,2026-10-05,2026-11-29,0
            ZZF4,Zz Futurerep,GTX Basic,Cancity,Engaging,2026-12-10,,
            ZZF5,Zz Futurerep,GTX Basic,Cancity,Won,2026-09-01,2026-11-27,700
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long team;
    long rep;

    @BeforeEach
    void importATeamWhoseExportDatesDealsAfterToday() throws Exception {
        Answer imported = admin().upload("/api/v1/imports", List.of(Part.csv("teams.csv", TEAMS),
                Part.csv("deals.csv", DEALS)), Map.of("confirm", "true"), false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        rep = jdbc.sql("select id from person where display_name = 'Zz Futurerep'").query(Long.class).single();
        team = jdbc.sql("select team_id from person where id = :id").param("id", rep).query(Long.class).single();
    }

    @Test
    void teamResultsCountOnlyWhatClosedByToday() throws Exception {
        String json = json("/api/v1/teams/" + team + "/results?period=2026-Q4");

        assertThat(number(json, "$.totals.wonRevenue")).isEqualByComparingTo("1700");
        assertThat(JsonPath.<Integer>read(json, "$.totals.won")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(json, "$.totals.lost")).isZero();
        assertThat(JsonPath.<Integer>read(json, "$.totals.openDeals")).as("ZZF2 and ZZF3; ZZF4 not created yet")
                .isEqualTo(2);
        assertThat(number(json, "$.totals.openPipeline")).as("ZZF2 for its amount, ZZF3 at GTX Basic's list price")
                .isEqualByComparingTo("5550");
    }

    @Test
    void theBoardAndTheRepPageShowTheSameFiguresAsOfToday() throws Exception {
        String board = page("/teams/" + team);
        assertThat(board).contains("$1,700").doesNotContain("$6,700");

        String repPage = page("/reps/" + rep);
        assertThat(repPage).contains("$1,700").doesNotContain("ZZF4");
    }

    @Test
    void theForecastsWonToDateIsWhatWasWonByToday() throws Exception {
        String json = json("/api/v1/teams/" + team + "/forecast?period=2026-Q4");

        assertThat(number(json, "$.wonToDate")).isEqualByComparingTo("1700");
    }

    @Test
    void theDealListsStatusIsTheDealsStatusToday() throws Exception {
        String won = json("/api/v1/opportunities?owner=zz.futurerep&status=won");
        String open = json("/api/v1/opportunities?owner=zz.futurerep&status=open");

        assertThat(JsonPath.<java.util.List<String>>read(won, "$.content[*].externalId")).containsExactlyInAnyOrder("ZZF1", "ZZF5");
        assertThat(JsonPath.<java.util.List<String>>read(open, "$.content[*].externalId")).containsExactlyInAnyOrder("ZZF2", "ZZF3");
    }

    @Test
    void aDealThatClosesAfterTodaySaysWhatTheCrmRecords() throws Exception {
        long id = jdbc.sql("select id from opportunity where external_id = 'ZZF2'").query(Long.class).single();

        assertThat(page("/opportunities/" + id)).contains("data-testid=\"recorded-as\"")
                .contains("The CRM records it as Won on");
        assertThat(page("/opportunities?owner=zz.futurerep")).contains("Won after today");
    }

    private String json(String uri) {
        return page(uri);
    }

    private String page(String uri) {
        Answer answer = admin().get(uri);
        assertThat(answer.status()).as(uri).isEqualTo(200);
        return answer.body();
    }

    private ApiClient admin() {
        return ApiClient.mock(mvc).demo("admin");
    }

    private static BigDecimal number(String json, String path) {
        return new BigDecimal(JsonPath.<Object>read(json, path).toString());
    }
}
