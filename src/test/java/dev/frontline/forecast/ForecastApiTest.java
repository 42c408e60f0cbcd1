package dev.frontline.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.Dataset;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import dev.frontline.shared.DataChanged;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The forecast API on the demo data: the shape the issue asks for, the same answer every time, calls kept beside
 * the system forecast, categories on open deals only, and who may do what.
 */
@IntegrationTest
class ForecastApiTest {

    /** Far from the demo's periods, so the calls these tests submit change nothing other tests read. */
    static final String FUTURE = "2031-Q3";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** Calls written here with SQL are announced, as the application announces its own writes. */
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void teamForecastHasTheIssuesShapeAndAnOrderedRange() throws Exception {
        String json = json("/api/v1/teams/" + team("cara.losch") + "/forecast?period=2026-Q4", "cara.losch", 200);

        assertThat(JsonPath.<String>read(json, "$.period")).isEqualTo("2026-Q4");
        BigDecimal won = number(json, "$.wonToDate");
        BigDecimal p10 = number(json, "$.p10");
        BigDecimal p50 = number(json, "$.p50");
        BigDecimal p90 = number(json, "$.p90");
        assertThat(won).isPositive().isLessThanOrEqualTo(p10);
        assertThat(p10).isLessThanOrEqualTo(p50);
        assertThat(p50).isLessThanOrEqualTo(p90);
        assertThat(number(json, "$.mean")).isBetween(p10, p90);
        assertThat(number(json, "$.quota")).isPositive();
        assertThat(number(json, "$.probabilityOfQuota")).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(JsonPath.<List<Object>>read(json, "$.drivers")).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(JsonPath.<List<String>>read(json, "$.drivers[*].why")).allSatisfy(w -> assertThat(w).isNotBlank());
        assertThat(JsonPath.<List<Object>>read(json, "$.reps")).hasSize(6);
        assertThat(JsonPath.<Boolean>read(json, "$.enoughHistory")).isTrue();
    }

    @Test
    void wonToDateIsWhatTheDatasetRecordsAsWonInThePeriod() throws Exception {
        // Corliss Cosme, 2026-11 as of 27 November 2026 = the dataset's November 2017 (shift 108 months). The wins
        // of 28–30 November are dated after today: they have not happened yet, so only 1–27 November count.
        LocalDate from = LocalDate.of(2017, 11, 1);
        LocalDate to = LocalDate.of(2017, 11, 27);
        BigDecimal expected = Dataset.rows("sales_pipeline.csv").stream()
                .filter(r -> r[1].equals("Corliss Cosme") && r[4].equals("Won"))
                .filter(r -> !LocalDate.parse(r[6]).isBefore(from) && !LocalDate.parse(r[6]).isAfter(to))
                .map(r -> new BigDecimal(r[7])).reduce(BigDecimal.ZERO, BigDecimal::add);
        String json = json("/api/v1/reps/" + person("corliss.cosme") + "/forecast?period=2026-11", "corliss.cosme", 200);

        assertThat(number(json, "$.wonToDate")).isEqualByComparingTo(expected);
        assertThat(TestClock.NOW.toString()).startsWith("2026-11-27");
    }

    @Test
    void theSameDataGivesTheSameForecast() throws Exception {
        String url = "/api/v1/teams/" + team("dustin.brinkmann") + "/forecast?period=2027-Q1";
        String first = json(url, "dustin.brinkmann", 200);
        String second = json(url, "dustin.brinkmann", 200);

        assertThat(first).isEqualTo(second);
    }

    @Test
    void aRepsForecastNamesOnlyTheirOwnDeals() throws Exception {
        String json = json("/api/v1/reps/" + person("violet.mclelland") + "/forecast?period=2026-11", "violet.mclelland", 200);

        assertThat(JsonPath.<List<Integer>>read(json, "$.drivers[*].repId")).isNotEmpty()
                .containsOnly(Integer.valueOf(person("violet.mclelland")));
        assertThat(JsonPath.<String>read(json, "$.rep.username")).isEqualTo("violet.mclelland");
    }

    @Test
    void everyCallIsKeptBesideTheSystemForecastAndTheLatestShows() throws Exception {
        String rep = person("rosie.papadopoulos");
        submit("/api/v1/reps/" + rep + "/calls", "rosie.papadopoulos", "{\"period\":\"" + FUTURE + "\",\"amount\":41000}", 200);
        String second = submit("/api/v1/reps/" + rep + "/calls", "rosie.papadopoulos",
                "{\"period\":\"" + FUTURE + "\",\"amount\":45000,\"note\":\"Two renewals moved in\"}", 200);

        assertThat(JsonPath.<Object>read(second, "$.systemForecast.p50")).isNotNull();
        String calls = json("/api/v1/reps/" + rep + "/calls", "cara.losch", 200);
        assertThat(JsonPath.<List<Object>>read(calls, "$[?(@.period == '" + FUTURE + "')]")).hasSize(2);
        String forecast = json("/api/v1/reps/" + rep + "/forecast?period=" + FUTURE, "rosie.papadopoulos", 200);
        assertThat(number(forecast, "$.call.amount")).isEqualByComparingTo("45000");
        assertThat(JsonPath.<String>read(forecast, "$.call.note")).isEqualTo("Two renewals moved in");
    }

    @Test
    void theManagerCallsForTheTeamAndTheDirectorSeesItInTheRollUp() throws Exception {
        String team = team("cara.losch");
        submit("/api/v1/teams/" + team + "/calls", "cara.losch", "{\"period\":\"" + FUTURE + "\",\"amount\":300000,\"note\":\"Q3 call\"}", 200);
        submit("/api/v1/teams/" + team + "/calls", "director.east", "{\"period\":\"" + FUTURE + "\",\"amount\":1}", 403);
        submit("/api/v1/teams/" + team + "/calls", "violet.mclelland", "{\"period\":\"" + FUTURE + "\",\"amount\":1}", 404);

        String office = json("/api/v1/regions/" + region("cara.losch") + "/forecast?period=" + FUTURE, "director.east", 200);
        List<Object> call = JsonPath.read(office, "$.teams[?(@.team.id == " + team + ")].managerCall.amount");
        assertThat(new BigDecimal(call.get(0).toString())).isEqualByComparingTo("300000");
        assertThat(number(office, "$.p50")).isPositive();
    }

    @Test
    void onlyTheRepMakesTheirCallAndOnlyForAPeriodThatHasNotEnded() throws Exception {
        String rep = person("garret.kinder");
        submit("/api/v1/reps/" + rep + "/calls", "cara.losch", "{\"period\":\"" + FUTURE + "\",\"amount\":1}", 403);
        submit("/api/v1/reps/" + rep + "/calls", "melvin.marxen", "{\"period\":\"" + FUTURE + "\",\"amount\":1}", 404);
        submit("/api/v1/reps/" + rep + "/calls", "garret.kinder", "{\"period\":\"2026-Q2\",\"amount\":1}", 422);
        submit("/api/v1/reps/" + rep + "/calls", "garret.kinder", "{\"period\":\"" + FUTURE + "\",\"amount\":-5}", 422);
    }

    @Test
    void aRepSetsCategoriesOnTheirOwnOpenDealsOnly() throws Exception {
        long open = jdbc.sql("""
                        select o.id from opportunity o join stage s on s.id = o.stage_id join person p on p.id = o.owner_id
                         where p.username = 'wilburn.farren' and s.outcome = 'OPEN' and o.engage_date is not null
                         order by o.id limit 1""").query(Long.class).single();
        long closed = jdbc.sql("""
                        select o.id from opportunity o join stage s on s.id = o.stage_id join person p on p.id = o.owner_id
                         where p.username = 'wilburn.farren' and s.outcome = 'WON' order by o.id limit 1""")
                .query(Long.class).single();

        submit("/api/v1/opportunities/" + open + "/forecast-category", "wilburn.farren", "{\"category\":\"best-case\"}", 200);
        submit("/api/v1/opportunities/" + open + "/forecast-category", "violet.mclelland", "{\"category\":\"COMMIT\"}", 404);
        submit("/api/v1/opportunities/" + closed + "/forecast-category", "wilburn.farren", "{\"category\":\"COMMIT\"}", 422);
        submit("/api/v1/opportunities/" + open + "/forecast-category", "wilburn.farren", "{\"category\":\"maybe\"}", 400);

        assertThat(jdbc.sql("select category from forecast_category where opportunity_id = :id").param("id", open)
                .query(String.class).single()).isEqualTo("BEST_CASE");
    }

    @Test
    void theManagerSeesHowARepsPastCallsComparedWithWhatTheyWon() throws Exception {
        // A call for a past quarter, as if Elizabeth Anderson had made it then: calls for ended periods are refused now.
        long rep = Long.parseLong(person("elizabeth.anderson"));
        jdbc.sql("""
                insert into forecast_call (rep_id, grain, start_date, amount, submitted_by, submitted_at)
                values (:rep, 'QUARTER', date '2026-07-01', 1000000, 'elizabeth.anderson', timestamp '2026-07-02 09:00')
                """).param("rep", rep).update();
        events.publishEvent(DataChanged.everything());
        try {
            String page = mvc.perform(get("/teams/" + team("cara.losch") + "/forecast").accept(MediaType.TEXT_HTML)
                    .with(httpBasic("cara.losch", "demo"))).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("data-testid=\"call-records\"").contains("2026-Q3: called $1,000,000");
        } finally {
            jdbc.sql("delete from forecast_call where rep_id = :rep and start_date = date '2026-07-01'").param("rep", rep)
                    .update();
            events.publishEvent(DataChanged.everything());
        }
    }

    private String json(String uri, String user, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).accept(MediaType.APPLICATION_JSON)
                .with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri + " " + response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }

    @Test
    void aStaleCategoryIsRefusedWith409AndTheVersionNowStored() throws Exception {
        long open = jdbc.sql("""
                        select o.id from opportunity o join stage s on s.id = o.stage_id join person p on p.id = o.owner_id
                         where p.username = 'wilburn.farren' and s.outcome = 'OPEN' and o.engage_date is not null
                         order by o.id desc limit 1""").query(Long.class).single();
        String uri = "/api/v1/opportunities/" + open + "/forecast-category";
        int version = JsonPath.read(submit(uri, "wilburn.farren", "{\"category\":\"PIPELINE\"}", 200), "$.version");

        String saved = submit(uri, "wilburn.farren", "{\"category\":\"COMMIT\",\"version\":" + version + "}", 200);
        String stale = submit(uri, "wilburn.farren", "{\"category\":\"OMITTED\",\"version\":" + version + "}", 409);
        String created = submit(uri, "wilburn.farren", "{\"category\":\"OMITTED\",\"version\":0}", 409);

        assertThat(JsonPath.<Integer>read(saved, "$.version")).isEqualTo(version + 1);
        assertThat(JsonPath.<Integer>read(stale, "$.currentVersion")).isEqualTo(version + 1);
        assertThat(JsonPath.<Integer>read(created, "$.currentVersion")).isEqualTo(version + 1);
        assertThat(jdbc.sql("select category from forecast_category where opportunity_id = :id").param("id", open)
                .query(String.class).single()).isEqualTo("COMMIT");
    }

    private String submit(String uri, String user, String body, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(put(uri).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri + " as " + user + ": " + response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }

    private static BigDecimal number(String json, String path) {
        return new BigDecimal(JsonPath.<Object>read(json, path).toString());
    }

    private String team(String manager) {
        return jdbc.sql("select t.id from team t join person p on p.id = t.manager_id where p.username = :u")
                .param("u", manager).query(Long.class).single().toString();
    }

    private String region(String manager) {
        return jdbc.sql("select t.region_id from team t join person p on p.id = t.manager_id where p.username = :u")
                .param("u", manager).query(Long.class).single().toString();
    }

    private String person(String username) {
        return jdbc.sql("select id from person where username = :u").param("u", username).query(Long.class).single()
                .toString();
    }

}
