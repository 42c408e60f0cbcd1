package dev.frontline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.ApiClient.Part;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import dev.frontline.shared.InvalidInput;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline's history, kept from now on: a re-import of a newer export records exactly what it changed (stage,
 * amount, close date, owner), a first import and an unchanged re-import nothing; a CRM's history export imports
 * once however often it is sent; the history API answers newest first, owners by name, in the deal's scope. A small
 * team imported in each test (rolled back after it).
 */
@IntegrationTest
@Transactional
class DealHistoryTest {

    private static final String TEAMS = "sales_agent,manager,regional_office\n"
            + "Zh Onerep,Zh Manager,Zh Office\nZh Tworep,Zh Manager,Zh Office\n";
    private static final String HEADER =
            "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n";
    private static final String DEALS = HEADER + """
            ZH1,Zh Onerep,GTX Basic,Cancity,Engaging,2026-10-01,,
            ZH2,Zh Onerep,GTX Basic,Cancity,Won,2026-09-01,2026-10-15,800
            ZH3,Zh Onerep,GTX Basic,Cancity,Engaging,2026-10-05,,
            """;
    /** ZH1 won (stage, amount and close date), ZH2 as it was, ZH3 handed to Zh Tworep. */
    private static final String NEWER = HEADER + """
            ZH1,Zh Onerep,GTX Basic,Cancity,Won,2026-10-01,2026-11-20,1200
            ZH2,Zh Onerep,GTX Basic,Cancity,Won,2026-09-01,2026-10-15,800
            ZH3,Zh Tworep,GTX Basic,Cancity,Engaging,2026-10-05,,
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Pipeline pipeline;

    @Test
    void aFirstImportRecordsNothing() {
        importTeamAnd(DEALS);

        assertThat(rows("ZH%")).isEmpty();
    }

    @Test
    void aReimportOfAChangedExportRecordsExactlyTheChangedFields() {
        importTeamAnd(DEALS);
        long one = person("Zh Onerep");
        long two = person("Zh Tworep");

        importDeals(NEWER);

        assertThat(rows("ZH%")).containsExactly(
                List.of("ZH1", "stage", "Engaging", "Won", "import", "-"),
                List.of("ZH1", "amount", "-", "1200.00", "import", "-"),
                List.of("ZH1", "close_date", "-", "2026-11-20", "import", "-"),
                List.of("ZH3", "owner", String.valueOf(one), String.valueOf(two), "import", "-"));
        assertThat(jdbc.sql("select distinct changed_at from opportunity_history h join opportunity o"
                + " on o.id = h.opportunity_id where o.external_id like 'ZH%'").query(java.sql.Timestamp.class)
                .list()).extracting(java.sql.Timestamp::toInstant).containsExactly(TestClock.NOW);
    }

    @Test
    void anUnchangedReimportRecordsNothing() {
        importTeamAnd(DEALS);
        importDeals(NEWER);
        int before = rows("ZH%").size();

        importDeals(NEWER);

        assertThat(rows("ZH%")).hasSize(before);
    }

    @Test
    void aCrmHistoryImportsOnceAndLeavesOutDealsFrontlineDoesNotHave() {
        importTeamAnd(DEALS);
        Instant monday = Instant.parse("2026-10-05T09:30:00Z");
        Instant friday = Instant.parse("2026-10-09T16:00:00Z");
        List<HistoryLine> lines = List.of(
                new HistoryLine("ZH1", monday, "stage", "Prospecting", "Engaging"),
                new HistoryLine("ZH1", friday, "amount", null, "900.00"),
                new HistoryLine("ZH1", friday, "amount", null, "900.00"),
                new HistoryLine("ZH-NOT-HERE", friday, "stage", "Prospecting", "Engaging"),
                new HistoryLine("ZH2", monday, "forecast_category", "PIPELINE", "COMMIT"));

        assertThat(pipeline.recordCrmHistory(lines)).isEqualTo(3);
        assertThat(pipeline.recordCrmHistory(lines)).as("the same history again").isZero();
        assertThat(pipeline.recordCrmHistory(List.of(new HistoryLine("ZH1", friday, "amount", null, "950.00"))))
                .as("another value at the same time is another change").isEqualTo(1);

        assertThat(rows("ZH%")).containsExactly(
                List.of("ZH1", "stage", "Prospecting", "Engaging", "crm", "-"),
                List.of("ZH1", "amount", "-", "900.00", "crm", "-"),
                List.of("ZH1", "amount", "-", "950.00", "crm", "-"),
                List.of("ZH2", "forecast_category", "PIPELINE", "COMMIT", "crm", "-"));
        assertThatThrownBy(() -> pipeline.recordCrmHistory(List.of(new HistoryLine("ZH1", friday, "probability",
                null, "40")))).isInstanceOf(InvalidInput.class).hasMessageContaining("probability");
    }

    @Test
    void theHistoryApiAnswersNewestFirstWithOwnersByNameInTheDealsScope() {
        importTeamAnd(DEALS);
        pipeline.recordCrmHistory(List.of(new HistoryLine("ZH3", Instant.parse("2026-10-06T10:00:00Z"), "stage",
                "Prospecting", "Engaging")));
        importDeals(NEWER);
        long zh3 = deal("ZH3");

        Answer answer = admin().get("/api/v1/opportunities/" + zh3 + "/history");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.<List<String>>read("$[*].field")).containsExactly("owner", "stage");
        assertThat(answer.<List<String>>read("$[*].source")).containsExactly("import", "crm");
        assertThat(answer.<String>read("$[0].oldValue")).isEqualTo("Zh Onerep");
        assertThat(answer.<String>read("$[0].newValue")).isEqualTo("Zh Tworep");
        assertThat(answer.<String>read("$[0].changedAt")).isEqualTo("2026-11-27T12:00:00Z");
        assertThat(ApiClient.mock(mvc).demo("cara.losch").get("/api/v1/opportunities/" + zh3 + "/history").status())
                .isEqualTo(404);
        assertThat(ApiClient.mock(mvc).demo("violet.mclelland").get("/api/v1/opportunities/" + zh3 + "/history")
                .status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/opportunities/999999999/history").status()).isEqualTo(404);
    }

    private void importTeamAnd(String deals) {
        Answer imported = admin().upload("/api/v1/imports", List.of(Part.csv("teams.csv", TEAMS),
                Part.csv("deals.csv", deals)), Map.of("confirm", "true"), false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    private void importDeals(String deals) {
        Answer imported = admin().upload("/api/v1/imports", List.of(Part.csv("deals.csv", deals)),
                Map.of("confirm", "true"), false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    /** The history of the deals whose external ids are like the pattern, as plain SQL reads it, in its order. */
    private List<List<String>> rows(String like) {
        return jdbc.sql("""
                        select o.external_id, h.field, coalesce(h.old_value, '-'), coalesce(h.new_value, '-'),
                               h.source, coalesce(h.changed_by, '-')
                          from opportunity_history h join opportunity o on o.id = h.opportunity_id
                         where o.external_id like :like
                         order by o.external_id, h.changed_at, h.id
                        """).param("like", like)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    private long deal(String externalId) {
        return jdbc.sql("select id from opportunity where external_id = :id").param("id", externalId)
                .query(Long.class).single();
    }

    private long person(String name) {
        return jdbc.sql("select id from person where display_name = :n").param("n", name).query(Long.class).single();
    }

    private ApiClient admin() {
        return ApiClient.mock(mvc).demo("admin");
    }
}
