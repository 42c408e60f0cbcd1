package dev.frontline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.ApiClient.Part;
import dev.frontline.IntegrationTest;
import dev.frontline.shared.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stage timelines the forecast reads ({@link Pipeline#stageTimelines}): from the recorded stage changes, the
 * stage at any day and since when, nothing dated after today, deals without stage history absent, only the owners
 * asked for. A small team imported in the test (rolled back after it).
 */
@IntegrationTest
@Transactional
class StageTimelinesTest {

    private static final String TEAMS = "sales_agent,manager,regional_office\n"
            + "Zs Onerep,Zs Manager,Zs Office\nZs Tworep,Zs Manager,Zs Office\n";
    private static final String DEALS = """
            opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value
            ZS1,Zs Onerep,GTX Basic,Cancity,Engaging,2026-09-01,,
            ZS2,Zs Onerep,GTX Basic,Cancity,Engaging,2026-10-05,,
            ZS3,Zs Tworep,GTX Basic,Cancity,Engaging,2026-10-05,,
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Pipeline pipeline;

    @Test
    void aDealsStageAtAnyDayAndSinceWhenFromItsRecordedChangesNothingAfterToday() {
        Answer imported = ApiClient.mock(mvc).demo("admin").upload("/api/v1/imports",
                List.of(Part.csv("teams.csv", TEAMS), Part.csv("deals.csv", DEALS)), Map.of("confirm", "true"), false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        pipeline.recordCrmHistory(List.of(
                new HistoryLine("ZS1", Instant.parse("2026-09-01T09:00:00Z"), "stage", null, "Prospecting"),
                new HistoryLine("ZS1", Instant.parse("2026-10-06T09:00:00Z"), "stage", "Prospecting", "Engaging"),
                new HistoryLine("ZS1", Instant.parse("2026-10-07T09:00:00Z"), "amount", null, "500.00"),
                new HistoryLine("ZS1", Instant.parse("2026-12-01T09:00:00Z"), "stage", "Engaging", "Won"),
                new HistoryLine("ZS3", Instant.parse("2026-10-08T09:00:00Z"), "stage", "Prospecting", "Engaging")));
        long one = person("Zs Onerep");
        long zs1 = deal("ZS1");

        Map<Long, StageTimeline> mine = pipeline.stageTimelines(Scope.system("test"), List.of(one));

        assertThat(mine).containsOnlyKeys(zs1);
        StageTimeline t = mine.get(zs1);
        assertThat(t.initial()).isEqualTo("Prospecting");
        assertThat(t.stageAt(LocalDate.parse("2026-10-05"))).isEqualTo("Prospecting");
        assertThat(t.since(LocalDate.parse("2026-10-05"), LocalDate.parse("2026-09-01")))
                .isEqualTo(LocalDate.parse("2026-09-01"));
        assertThat(t.stageAt(LocalDate.parse("2026-10-06"))).isEqualTo("Engaging");
        assertThat(t.stageAt(LocalDate.parse("2026-12-31"))).as("a change dated after today does not count")
                .isEqualTo("Engaging");
        assertThat(t.since(LocalDate.parse("2026-11-27"), LocalDate.parse("2026-09-01")))
                .isEqualTo(LocalDate.parse("2026-10-06"));
        StageTimeline three = pipeline.stageTimelines(Scope.system("test"), List.of(person("Zs Tworep")))
                .get(deal("ZS3"));
        assertThat(three.initial()).as("the stage before the first change").isEqualTo("Prospecting");
        assertThat(three.stageAt(LocalDate.parse("2026-10-08"))).isEqualTo("Engaging");
    }

    private long deal(String externalId) {
        return jdbc.sql("select id from opportunity where external_id = :id").param("id", externalId)
                .query(Long.class).single();
    }

    private long person(String name) {
        return jdbc.sql("select id from person where display_name = :n").param("n", name).query(Long.class).single();
    }
}
