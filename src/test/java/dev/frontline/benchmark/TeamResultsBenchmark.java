package dev.frontline.benchmark;

import dev.frontline.ApiClient;
import dev.frontline.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
    static final int COPIES = 99;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;


    @Test
    void teamResultsCostTheSameInAnOrganisationAHundredTimesLarger() throws Exception {
        long team = jdbc.sql("select id from team where name = 'Cara Losch''s team'").query(Long.class).single();
        String url = "/api/v1/teams/" + team + "/results?period=2026-Q4";
        ApiClient client = ApiClient.http(port).signIn("cara.losch", "demo");
        Stopwatch.Stats small = Stopwatch.measure(client, url, WARMUP, MEASURED);
        long started = System.nanoTime();
        grow();
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

    /** Adds 99 copies of every office, team, manager, rep and deal, so the organisation is 100 times the dataset. */
    private void grow() {
        jdbc.sql("create temporary table copy_no as select generate_series(1, " + COPIES + ") as k").update();
        jdbc.sql("insert into region (name) select r.name || ' #' || c.k from region r cross join copy_no c").update();
        jdbc.sql("""
                insert into team (name, region_id)
                select t.name || ' #' || c.k, r2.id
                  from team t join region r on r.id = t.region_id cross join copy_no c
                  join region r2 on lower(r2.name) = lower(r.name || ' #' || c.k)
                """).update();
        jdbc.sql("""
                insert into person (username, first_name, last_name, display_name, title, team_id)
                select p.username || '.' || c.k, p.first_name, p.last_name, p.display_name || ' #' || c.k, p.title, t2.id
                  from person p cross join copy_no c
                  left join team t on t.id = p.team_id
                  left join team t2 on lower(t2.name) = lower(t.name || ' #' || c.k)
                 where p.title in ('REP', 'MANAGER')
                """).update();
        jdbc.sql("""
                update team t2 set manager_id = m2.id
                  from team t join person m on m.id = t.manager_id cross join copy_no c
                  join person m2 on lower(m2.display_name) = lower(m.display_name || ' #' || c.k)
                 where lower(t2.name) = lower(t.name || ' #' || c.k)
                """).update();
        jdbc.sql("""
                insert into opportunity (external_id, owner_id, product_id, account_id, stage_id, amount, engage_date,
                                         close_date, created_date)
                select o.external_id || '-' || c.k, p2.id, o.product_id, o.account_id, o.stage_id, o.amount,
                       o.engage_date, o.close_date, o.created_date
                  from opportunity o join person p on p.id = o.owner_id cross join copy_no c
                  join person p2 on lower(p2.display_name) = lower(p.display_name || ' #' || c.k)
                """).update();
        jdbc.sql("analyze").update();
    }
}
