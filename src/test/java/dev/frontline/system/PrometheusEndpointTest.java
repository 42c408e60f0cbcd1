package dev.frontline.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code /actuator/prometheus}, for the admin only (as every actuator endpoint but health): requests, imports,
 * team forecasts and the scheduled jobs, under Prometheus' names.
 */
@IntegrationTest
class PrometheusEndpointTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdminScrapesRequestsImportsForecastsAndJobs() {
        long team = jdbc.sql("""
                select t.id from team t join person p on p.id = t.manager_id where p.username = 'cara.losch'
                """).query(Long.class).single();
        ApiClient http = ApiClient.http(port);
        assertThat(http.demo("cara.losch").get("/api/v1/teams/" + team + "/forecast").status()).isEqualTo(200);

        Answer scrape = http.demo("admin").get("/actuator/prometheus", "Accept", "text/plain");

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body())
                .containsPattern("(?m)^http_server_requests_seconds_count\\{.*uri=\"/api/v1/teams/\\{id\\}/forecast\"")
                .containsPattern("(?m)^frontline_forecasts_seconds_count\\{kind=\"team\",surface=\"api\"} [1-9]")
                .containsPattern("(?m)^frontline_forecasts_seconds_count\\{kind=\"team\",surface=\"page\"} ")
                // the demo's own import, at start-up
                .containsPattern("(?m)^frontline_imports_seconds_count\\{outcome=\"COMPLETED\"} [1-9]")
                .containsPattern("(?m)^frontline_imports_rows_total\\{outcome=\"COMPLETED\"} [1-9]")
                .containsPattern("(?m)^frontline_jobs_seconds_count\\{job=\"coaching-lay-out\"} ");
    }

    @Test
    void nobodyElseMayScrape() {
        ApiClient http = ApiClient.http(port);

        assertThat(http.demo("cara.losch").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(http.demo("director.central").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(http.demo("violet.mclelland").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(http.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        // a scraper asks for text: still 401, not the sign-in page
        assertThat(http.anonymous().get("/actuator/prometheus", "Accept", "text/plain").status()).isEqualTo(401);
    }
}
