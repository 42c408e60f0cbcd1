package dev.frontline.benchmark;

import dev.frontline.ApiClient;
import dev.frontline.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures {@code GET /api/v1/teams/{id}/results} for one team on the demo organisation (1×), then grows the
 * organisation to 100 times the dataset (99 more copies of every office, team, rep and deal, with the dataset's
 * distributions) and measures the same team again. Run with {@code ./mvnw -Pbenchmark test}; it prints its figures.
 * Not part of {@code ./mvnw verify}.
 */
@Tag("benchmark")
@IntegrationTest
class TeamResultsBenchmark {

    static final int WARMUP = 100;
    static final int MEASURED = 300;
    static final int COPIES = GrownOrganisation.HUNDRED_TIMES;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;


    @Test
    void teamResultsCostTheSameInAnOrganisationAHundredTimesLarger() throws Exception {
        long team = jdbc.sql("select id from team where name = 'Cara Losch''s team'").query(Long.class).single();
        String url = "/api/v1/teams/" + team + "/results?period=2026-Q4";
        ApiClient client = ApiClient.http(port).signIn("cara.losch", "demo");
        Stopwatch.Stats small = Stopwatch.measure(client, url, WARMUP, MEASURED);
        long started = System.nanoTime();
        GrownOrganisation.grow(jdbc, events, COPIES);
        double growSeconds = (System.nanoTime() - started) / 1e9;
        long opportunities = jdbc.sql("select count(*) from opportunity").query(Long.class).single();
        long reps = jdbc.sql("select count(*) from person where title = 'REP'").query(Long.class).single();
        Stopwatch.Stats large = Stopwatch.measure(client, url, WARMUP, MEASURED);
        System.out.printf(Locale.ROOT, """

                ==== Team results benchmark (GET /api/v1/teams/{id}/results, %d measured calls after %d warm-up) ====
                organisation            reps   opportunities   median ms   p95 ms   mean ms
                1x  (demo dataset)      %4d   %13d   %9.2f   %6.2f   %7.2f
                100x (generated)        %4d   %13d   %9.2f   %6.2f   %7.2f
                ratio 100x / 1x (median): %.2f   (generating the 100x organisation took %.1f s)
                """, MEASURED, WARMUP, 35, 8800, small.median(), small.p95(), small.mean(), reps, opportunities,
                large.median(), large.p95(), large.mean(), large.median() / small.median(), growSeconds);
    }
}
