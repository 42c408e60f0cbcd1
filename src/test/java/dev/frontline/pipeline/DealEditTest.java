package dev.frontline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every deal editable: {@code PATCH /api/v1/opportunities/{id}} from the version read, by whoever sees the deal,
 * each changed field recorded in its history with the editor's username; a stale version 409, a deal outside scope
 * 404, bad values 422 and unreadable JSON 400, nothing written then. The demo's deals, each test rolled back. The
 * tests' today is 27 November 2026.
 */
@IntegrationTest
@Transactional
class DealEditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** The history recorded before the test (other tests may have changed the same deals): left out of its reads. */
    private long historyBefore;

    @BeforeEach
    void rememberTheHistory() {
        historyBefore = jdbc.sql("select coalesce(max(id), 0) from opportunity_history").query(Long.class).single();
    }

    @Test
    void theOwnersManagerEditsADealAndEachChangedFieldIsRecorded() {
        long id = openDealOf("violet.mclelland");
        Stored before = stored(id);
        String other = jdbc.sql("select name from stage where outcome = 'OPEN' and name <> :s order by position limit 1")
                .param("s", before.stage()).query(String.class).single();

        Answer answer = as("cara.losch").patch("/api/v1/opportunities/" + id, """
                {"version": %d, "stage": "%s", "amount": 4321.5, "closeDate": "2026-12-18",
                 "nextStep": "Demo to the buying committee"}""".formatted(before.version(), other.toLowerCase()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.<Integer>read("$.version")).isEqualTo(before.version() + 1);
        assertThat(answer.<String>read("$.stage")).isEqualTo(other);
        assertThat(answer.<String>read("$.nextStep")).isEqualTo("Demo to the buying committee");
        assertThat(answer.<String>read("$.closeDate")).isEqualTo("2026-12-18");
        assertThat(stored(id)).isEqualTo(new Stored(other, "4321.50", "2026-12-18", "Demo to the buying committee",
                before.version() + 1));
        assertThat(history(id)).containsExactlyInAnyOrder(
                List.of("stage", before.stage(), other, "edit", "cara.losch"),
                List.of("amount", before.amount(), "4321.50", "edit", "cara.losch"),
                List.of("close_date", before.closeDate(), "2026-12-18", "edit", "cara.losch"),
                List.of("next_step", "-", "Demo to the buying committee", "edit", "cara.losch"));
    }

    @Test
    void anEditThatChangesNothingKeepsTheVersionAndRecordsNothing() {
        long id = openDealOf("violet.mclelland");
        Stored before = stored(id);

        Answer answer = as("violet.mclelland").patch("/api/v1/opportunities/" + id,
                "{\"version\": %d, \"stage\": \"%s\"}".formatted(before.version(), before.stage()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(stored(id)).isEqualTo(before);
        assertThat(history(id)).isEmpty();
    }

    @Test
    void aStaleVersionIsRefusedWith409AndNothingChanges() {
        long id = openDealOf("violet.mclelland");
        Stored before = stored(id);
        assertThat(as("violet.mclelland").patch("/api/v1/opportunities/" + id,
                "{\"version\": %d, \"nextStep\": \"Call back\"}".formatted(before.version())).status()).isEqualTo(200);

        Answer stale = as("cara.losch").patch("/api/v1/opportunities/" + id,
                "{\"version\": %d, \"nextStep\": \"Send the quote\"}".formatted(before.version()));

        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stored(id).nextStep()).isEqualTo("Call back");
        assertThat(history(id)).containsExactly(List.of("next_step", "-", "Call back", "edit", "violet.mclelland"));
    }

    @Test
    void aDealOutsideTheCallersScopeIs404() {
        long id = openDealOf("violet.mclelland");
        Stored before = stored(id);
        String body = "{\"version\": %d, \"nextStep\": \"Mine now\"}".formatted(before.version());

        for (String outsider : List.of("dustin.brinkmann", "moses.frase", "corliss.cosme", "director.central")) {
            Answer answer = as(outsider).patch("/api/v1/opportunities/" + id, body);
            assertThat(answer.status()).as(outsider).isEqualTo(404);
            assertThat(answer.body()).as(outsider).doesNotContain("Violet");
        }
        assertThat(as("admin").patch("/api/v1/opportunities/999999999", body).status()).isEqualTo(404);
        assertThat(stored(id)).isEqualTo(before);
        assertThat(history(id)).isEmpty();
        assertThat(as("director.east").patch("/api/v1/opportunities/" + id, body).status()).isEqualTo(200);
    }

    @Test
    void badValuesAre422NamingTheFieldAndUnreadableJson400() {
        long id = openDealOf("violet.mclelland");
        Stored before = stored(id);
        String uri = "/api/v1/opportunities/" + id;
        ApiClient cara = as("cara.losch");

        Answer stage = cara.patch(uri, "{\"version\": %d, \"stage\": \"Negotiating\"}".formatted(before.version()));
        Answer amount = cara.patch(uri, "{\"version\": %d, \"amount\": -5}".formatted(before.version()));
        Answer category = cara.patch(uri, "{\"version\": %d, \"forecastCategory\": \"maybe\"}"
                .formatted(before.version()));
        Answer noVersion = cara.patch(uri, "{\"nextStep\": \"x\"}");
        Answer future = cara.patch(uri, "{\"version\": %d, \"stage\": \"Won\", \"closeDate\": \"2026-12-01\"}"
                .formatted(before.version()));

        assertThat(stage.status()).isEqualTo(422);
        assertThat(stage.body()).contains("stage").contains("Negotiating");
        assertThat(amount.status()).isEqualTo(422);
        assertThat(amount.body()).contains("amount");
        assertThat(category.status()).isEqualTo(422);
        assertThat(category.body()).contains("forecastCategory");
        assertThat(noVersion.status()).isEqualTo(422);
        assertThat(noVersion.body()).contains("version");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body()).contains("closeDate");
        assertThat(cara.patch(uri, "{\"version\": 1, \"amount\": ").status()).isEqualTo(400);
        assertThat(cara.patch(uri, "{\"version\": 1, \"closeDate\": \"2026-13-40\"}").status()).isEqualTo(400);
        assertThat(stored(id)).isEqualTo(before);
        assertThat(history(id)).isEmpty();
    }

    @Test
    void closingADealWithoutADateClosesItToday() {
        long id = openDealOf("violet.mclelland");
        Stored before = stored(id);

        Answer answer = as("violet.mclelland").patch("/api/v1/opportunities/" + id,
                "{\"version\": %d, \"stage\": \"Won\", \"amount\": 2000}".formatted(before.version()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.<String>read("$.status")).isEqualTo("won");
        assertThat(stored(id).closeDate()).isEqualTo("2026-11-27");
    }

    @Test
    void aCategoryChangeIsRecordedOldToNewWhereverItIsMade() {
        long id = openDealOf("violet.mclelland");
        jdbc.sql("delete from forecast_category where opportunity_id = :id").param("id", id).update();
        Stored before = stored(id);

        Answer byEdit = as("violet.mclelland").patch("/api/v1/opportunities/" + id,
                "{\"version\": %d, \"forecastCategory\": \"best case\"}".formatted(before.version()));
        Answer byForecast = as("cara.losch").put("/api/v1/opportunities/" + id + "/forecast-category",
                "{\"category\": \"COMMIT\"}");

        assertThat(byEdit.status()).as(byEdit.body()).isEqualTo(200);
        assertThat(byEdit.<String>read("$.forecastCategory")).isEqualTo("BEST_CASE");
        assertThat(byEdit.<Integer>read("$.version")).isEqualTo(before.version() + 1);
        assertThat(byForecast.status()).as(byForecast.body()).isEqualTo(200);
        assertThat(history(id)).containsExactly(
                List.of("forecast_category", "-", "BEST_CASE", "edit", "violet.mclelland"),
                List.of("forecast_category", "BEST_CASE", "COMMIT", "edit", "cara.losch"));
        Answer api = as("cara.losch").get("/api/v1/opportunities/" + id + "/history");
        assertThat(api.<List<String>>read("$[*].newValue")).startsWith("COMMIT", "BEST_CASE");
    }

    /** The fields an edit changes, as plain SQL reads them. */
    record Stored(String stage, String amount, String closeDate, String nextStep, int version) {
    }

    private Stored stored(long id) {
        return jdbc.sql("""
                        select s.name, coalesce(cast(o.amount as text), '-'), coalesce(cast(o.close_date as text), '-'),
                               coalesce(o.next_step, '-'), o.version
                          from opportunity o join stage s on s.id = o.stage_id where o.id = :id
                        """).param("id", id)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .single();
    }

    private List<List<String>> history(long id) {
        return jdbc.sql("""
                        select field, coalesce(old_value, '-'), coalesce(new_value, '-'), source,
                               coalesce(changed_by, '-')
                          from opportunity_history where opportunity_id = :id and id > :before
                         order by changed_at, id
                        """).param("id", id).param("before", historyBefore)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** The rep's first open deal as stored. */
    private long openDealOf(String username) {
        return jdbc.sql("""
                        select o.id from opportunity o join stage s on s.id = o.stage_id
                          join person p on p.id = o.owner_id
                         where p.username = :u and s.outcome = 'OPEN'
                         order by o.id limit 1
                        """).param("u", username).query(Long.class).single();
    }

    private ApiClient as(String username) {
        return ApiClient.mock(mvc).demo(username);
    }
}
