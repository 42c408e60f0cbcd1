package dev.frontline.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.frontline.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The forecast pages render with their figures, fan chart, forms and links. */
@IntegrationTest
class ForecastPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTeamPageShowsTheFanChartRepsDriversAndTheManagersCallForm() throws Exception {
        String page = page("/teams/" + team("cara.losch") + "/forecast", "cara.losch");

        assertThat(page).contains("Forecast · Cara Losch's team", "data-chart=\"team-fan\"", "P10–P90 range",
                "data-testid=\"rep-forecasts\"", "data-testid=\"drivers\"", "data-testid=\"call-form\"",
                "data-testid=\"call-records\"", "Violet Mclelland");
    }

    @Test
    void theDirectorSeesTheTeamPageWithoutTheCallForm() throws Exception {
        String page = page("/teams/" + team("cara.losch") + "/forecast?period=2026-11", "director.east");

        assertThat(page).contains("data-chart=\"team-fan\"").doesNotContain("data-testid=\"call-form\"");
    }

    @Test
    void theRepPageListsTheRepsOpenDealsWithACategoryEach() throws Exception {
        String page = page("/reps/" + person("moses.frase") + "/forecast", "moses.frase");

        assertThat(page).contains("Forecast · Moses Frase", "data-chart=\"rep-fan\"", "data-testid=\"open-deals\"",
                "hx-post=\"/opportunities/", "Best case", "data-testid=\"call-form\"");
    }

    @Test
    void theRepsOwnPageCarriesTheForecastCard() throws Exception {
        assertThat(page("/", "moses.frase")).contains("data-testid=\"forecast-card\"", "data-chart=\"forecast-fan\"");
        assertThat(page("/reps/" + person("moses.frase"), "dustin.brinkmann")).contains("data-testid=\"forecast-card\"");
    }

    @Test
    void theBoardAndTheResultsLinkToTheForecast() throws Exception {
        String team = team("cara.losch");
        String link = "href=\"/teams/" + team + "/forecast?period=";

        assertThat(page("/teams/" + team, "cara.losch")).contains(link);
        assertThat(page("/teams/" + team + "/results", "cara.losch")).contains(link);
    }

    @Test
    void theOfficePageRollsUpSystemForecastAndCalls() throws Exception {
        String page = page("/regions/" + region("cara.losch") + "/forecast", "director.east");

        assertThat(page).contains("Forecast · East office", "data-testid=\"office-forecast\"", "Managers' calls",
                "Reps' calls", "Rocco Neubert's team");
    }

    @Test
    void theBacktestPageLoadsItsTableAfterwards() throws Exception {
        assertThat(page("/forecast/backtest", "admin")).contains("hx-get=\"/forecast/backtest/table?level=team&amp;grain=month\"",
                "Replaying history");
        assertThat(page("/forecast/backtest/table?level=team&grain=quarter", "admin"))
                .contains("data-testid=\"backtest-methods\"", "weighted-pipeline", "run-rate", "data-chart=\"backtest-chart\"");
    }

    @Test
    void aCategoryChosenOnThePageIsSavedAndTheSelectComesBackMarked() throws Exception {
        long deal = jdbc.sql("""
                        select o.id from opportunity o join stage s on s.id = o.stage_id join person p on p.id = o.owner_id
                         where p.username = 'moses.frase' and s.outcome = 'OPEN' order by o.id desc limit 1""")
                .query(Long.class).single();
        MockHttpServletResponse response = mvc.perform(post("/opportunities/" + deal + "/forecast-category")
                .param("category", "COMMIT").with(csrf()).with(httpBasic("moses.frase", "demo"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"COMMIT\" selected", "Saved");
    }

    @Test
    void aCategoryChosenFromAStalePageIsRefusedWith409AndTheSelectShowsWhatIsSetNow() throws Exception {
        long deal = jdbc.sql("""
                        select o.id from opportunity o join stage s on s.id = o.stage_id join person p on p.id = o.owner_id
                         where p.username = 'moses.frase' and s.outcome = 'OPEN' order by o.id limit 1""")
                .query(Long.class).single();
        int shown = jdbc.sql("select coalesce((select version from forecast_category where opportunity_id = :id), 0)")
                .param("id", deal).query(Integer.class).single();
        assertThat(page("/reps/" + jdbc.sql("select id from person where username = 'moses.frase'").query(Long.class)
                .single() + "/forecast", "moses.frase")).contains("name=\"version\" value=\"" + shown + "\"");

        MockHttpServletResponse first = chooseCategory(deal, "BEST_CASE", shown);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString(StandardCharsets.UTF_8))
                .contains("value=\"BEST_CASE\" selected", "name=\"version\" value=\"" + (shown + 1) + "\"");

        // A second tab still showing the old version: refused, and shown what the first tab set.
        MockHttpServletResponse second = chooseCategory(deal, "OMITTED", shown);
        assertThat(second.getStatus()).isEqualTo(409);
        assertThat(second.getContentAsString(StandardCharsets.UTF_8))
                .contains("Changed meanwhile", "value=\"BEST_CASE\" selected",
                        "name=\"version\" value=\"" + (shown + 1) + "\"")
                .doesNotContain("aria-label=\"Saved\"");
        assertThat(jdbc.sql("select category from forecast_category where opportunity_id = :id").param("id", deal)
                .query(String.class).single()).isEqualTo("BEST_CASE");
    }

    private MockHttpServletResponse chooseCategory(long deal, String category, int version) throws Exception {
        return mvc.perform(post("/opportunities/" + deal + "/forecast-category").param("category", category)
                .param("version", String.valueOf(version)).with(csrf()).with(httpBasic("moses.frase", "demo")))
                .andReturn().getResponse();
    }

    private String page(String uri, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).accept(MediaType.TEXT_HTML).with(httpBasic(user, "demo")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
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
