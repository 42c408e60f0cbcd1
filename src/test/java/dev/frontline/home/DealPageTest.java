package dev.frontline.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.ApiClient;
import dev.frontline.Dataset;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import dev.frontline.pipeline.HistoryLine;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.shared.DataChanged;
import dev.frontline.system.Fmt;
import java.time.Instant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deal's page: every field, its account and product as the CSV files give them, and for an open deal the same
 * chance, expected value and reason its rep's forecast gives it; for a closed deal its outcome. Whoever sees the deal
 * sees the page; anyone else gets 404. Its history as a timeline (or an empty state), its edit form (saved, changed
 * meanwhile, a bad value beside its field) and a former rep's name; the tests that write roll back.
 */
@IntegrationTest
class DealPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Pipeline pipeline;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anOpenDealShowsTheChanceAndReasonOfItsRepsForecast() throws Exception {
        String forecast = page("/api/v1/reps/" + person("moses.frase") + "/forecast", "moses.frase");
        List<Map<String, Object>> deals = JsonPath.read(forecast, "$.drivers[?(@.type == 'deal')]");
        Map<String, Object> top = deals.get(0);
        String chance = new BigDecimal(top.get("probability").toString()).movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";

        String page = page("/opportunities/" + top.get("opportunityId"), "moses.frase");

        assertThat(page).contains("data-testid=\"deal-forecast\"", "Forecast for " + JsonPath.read(forecast, "$.period"))
                .contains("data-testid=\"deal-chance\">" + chance + "<")
                .contains("data-testid=\"deal-expected\">" + Fmt.money(new BigDecimal(top.get("expectedValue").toString())) + "<")
                .contains(html(top.get("why").toString()))
                .contains("hx-post=\"/opportunities/" + top.get("opportunityId") + "/forecast-category\"")
                .contains("Deal <code data-testid=\"deal-id\">" + top.get("externalId") + "</code>")
                .doesNotContain("data-testid=\"deal-outcome\"");
    }

    @Test
    void aWonDealShowsItsOutcomeEveryFieldItsAccountAndItsProduct() throws Exception {
        // 1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054
        String[] deal = row("sales_pipeline.csv", "1C1I7A6R");
        String[] account = row("accounts.csv", deal[3]);
        String[] product = row("products.csv", deal[2]);
        LocalDate engaged = LocalDate.parse(deal[5]).plusMonths(TestClock.DEMO_SHIFT_MONTHS);
        LocalDate closed = LocalDate.parse(deal[6]).plusMonths(TestClock.DEMO_SHIFT_MONTHS);

        String page = page("/opportunities/" + dealId("1C1I7A6R"), "dustin.brinkmann");

        assertThat(page).contains("data-testid=\"deal-outcome\"",
                        "Won", "on " + Fmt.date(closed) + " for " + Fmt.money(new BigDecimal(deal[7])))
                .contains("Closed " + java.time.temporal.ChronoUnit.DAYS.between(engaged, closed) + " days after it was engaged")
                .contains(Fmt.date(engaged), deal[1], deal[4])
                .contains(account[0], account[1], account[2], String.format(java.util.Locale.US, "$%,.2f million",
                                new BigDecimal(account[3])), Fmt.count(Long.parseLong(account[4])),
                        account[5])
                .contains(product[0], product[1], Fmt.money(new BigDecimal(product[2])))
                .contains("href=\"/opportunities?product=GTX%20Plus%20Basic\"", "href=\"/opportunities?owner=moses.frase\"")
                .doesNotContain("data-testid=\"deal-forecast\"");
    }

    @Test
    void anOpenDealWithoutAnAccountSaysSoAndShowsItsListPrice() throws Exception {
        // HAXMC4IX,James Ascencio,MG Advanced,,Engaging,2016-11-03,,
        String[] product = row("products.csv", "MG Advanced");

        String page = page("/opportunities/" + dealId("HAXMC4IX"), "admin");

        assertThat(page).contains("The deal names no account.", "Expected close",
                Fmt.money(new BigDecimal(product[2])) + " <span class=\"text-body-secondary\">— the product's list price");
    }

    @Test
    void aDealOutsideScopeIsNotFoundAndNamesNothing() throws Exception {
        long peersDeal = jdbc.sql("""
                        select o.id from opportunity o join person p on p.id = o.owner_id
                         where p.username = 'corliss.cosme' order by o.id limit 1""").query(Long.class).single();

        for (String viewer : List.of("violet.mclelland", "dustin.brinkmann", "director.central")) {
            MockHttpServletResponse response = mvc.perform(get("/opportunities/" + peersDeal)
                    .accept(MediaType.TEXT_HTML).with(httpBasic(viewer, "demo"))).andReturn().getResponse();
            assertThat(response.getStatus()).as(viewer).isEqualTo(404);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(viewer)
                    .doesNotContain("Corliss Cosme").doesNotContain("deal-id");
        }
        assertThat(page("/opportunities/" + peersDeal, "cara.losch")).contains("Corliss Cosme");
    }

    @Test
    @Transactional
    void theTimelineShowsEachChangeOldToNewAndWhoOrWhatMadeIt() throws Exception {
        long id = dealWithoutHistoryOf("violet.mclelland");
        String external = jdbc.sql("select external_id from opportunity where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(page("/opportunities/" + id, "cara.losch")).contains("data-testid=\"history-empty\"",
                "No changes recorded since");
        int version = version(id);
        assertThat(ApiClient.mock(mvc).demo("cara.losch").patch("/api/v1/opportunities/" + id,
                "{\"version\": " + version + ", \"amount\": 2500, \"nextStep\": \"Send <the> quote\"}").status())
                .isEqualTo(200);
        pipeline.recordCrmHistory(List.of(new HistoryLine(external, Instant.parse("2026-10-02T08:00:00Z"), "stage",
                "Prospecting", "Engaging")));

        String page = page("/opportunities/" + id, "violet.mclelland");

        assertThat(page).doesNotContain("data-testid=\"history-empty\"")
                .contains("<strong>Amount</strong>", Fmt.money(new BigDecimal("2500")), "by cara.losch")
                .contains("<strong>Next step</strong>", "Send &lt;the&gt; quote")
                .contains("<strong>Stage</strong>", "Prospecting", "from the CRM", Fmt.date(LocalDate.of(2026, 10, 2)));
        assertThat(page.split("data-testid=\"history-entry\"", -1)).hasSize(4);
        assertThat(page.indexOf("<strong>Amount</strong>")).as("newest first")
                .isLessThan(page.indexOf("<strong>Stage</strong>:"));
    }

    @Test
    @Transactional
    void theEditFormSavesAndAnswersAChangeMeanwhileAndABadValueBesideItsField() throws Exception {
        long id = dealWithoutHistoryOf("violet.mclelland");
        int version = version(id);
        ApiClient violet = ApiClient.mock(mvc).signIn("violet.mclelland", ApiClient.DEMO_PASSWORD);
        String form = page("/opportunities/" + id, "violet.mclelland");
        assertThat(form).contains("action=\"/opportunities/" + id + "/edit\"", "name=\"version\" value=\"" + version
                + "\"", "<label class=\"form-label\" for=\"edit-stage\">Stage</label>", "for=\"edit-amount\"",
                "for=\"edit-close\"", "for=\"edit-next\"");

        ApiClient.Answer saved = violet.submit("/opportunities/" + id + "/edit",
                Map.of("version", String.valueOf(version), "nextStep", "Book the demo"));
        ApiClient.Answer stale = violet.submit("/opportunities/" + id + "/edit",
                Map.of("version", String.valueOf(version), "nextStep", "Something else"));
        ApiClient.Answer bad = violet.submit("/opportunities/" + id + "/edit",
                Map.of("version", String.valueOf(version + 1), "amount", "-3", "stage", "Nowhere"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.header("Location").orElse("")).endsWith("/opportunities/" + id + "?saved=1#history");
        assertThat(page("/opportunities/" + id + "?saved=1", "violet.mclelland"))
                .contains("data-testid=\"edit-saved\"", "data-testid=\"deal-next-step\">Book the demo<");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("This deal was changed meanwhile — ", ">reload</a>");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("id=\"edit-amount-error\">is zero or more<")
                .contains("class=\"form-control is-invalid\" id=\"edit-amount\"", "value=\"-3\"")
                .contains("id=\"edit-stage-error\">'Nowhere' is not a stage");
        assertThat(jdbc.sql("select next_step from opportunity where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("Book the demo");
    }

    @Test
    @Transactional
    void aDealOfARepWhoLeftShowsTheOwnerAsFormer() throws Exception {
        long id = dealWithoutHistoryOf("violet.mclelland");
        long rep = Long.parseLong(person("violet.mclelland"));
        int version = jdbc.sql("select version from person where id = :id").param("id", rep).query(Integer.class)
                .single();
        assertThat(ApiClient.mock(mvc).demo("cara.losch").patch("/api/v1/reps/" + rep,
                "{\"version\": " + version + ", \"active\": false}").status()).isEqualTo(200);

        assertThat(page("/opportunities/" + id, "cara.losch")).contains("Violet Mclelland (former)");
    }

    private long dealWithoutHistoryOf(String username) {
        return jdbc.sql("""
                        select o.id from opportunity o join person p on p.id = o.owner_id
                          join stage s on s.id = o.stage_id
                         where p.username = :u and s.outcome = 'OPEN'
                           and not exists (select 1 from opportunity_history h where h.opportunity_id = o.id)
                         order by o.id limit 1""").param("u", username).query(Long.class).single();
    }

    private int version(long id) {
        return jdbc.sql("select version from opportunity where id = :id").param("id", id).query(Integer.class).single();
    }

    private String page(String uri, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri)
                        .accept(uri.startsWith("/api") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML)
                        .with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long dealId(String externalId) {
        return jdbc.sql("select id from opportunity where external_id = :e").param("e", externalId).query(Long.class)
                .single();
    }

    private String person(String username) {
        return jdbc.sql("select id from person where username = :u").param("u", username).query(Long.class).single()
                .toString();
    }

    private static String[] row(String file, String first) {
        return Dataset.rows(file).stream().filter(r -> r[0].equals(first)).findFirst().orElseThrow();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
