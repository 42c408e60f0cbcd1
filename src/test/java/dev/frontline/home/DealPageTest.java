package dev.frontline.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.Dataset;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import dev.frontline.system.Fmt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A deal's page: every field, its account and product as the CSV files give them, and for an open deal the same
 * chance, expected value and reason its rep's forecast gives it; for a closed deal its outcome. Whoever sees the deal
 * sees the page; anyone else gets 404.
 */
@IntegrationTest
class DealPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

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
