package dev.frontline.benchmark;

import dev.frontline.ApiClient;
import dev.frontline.IntegrationTest;
import dev.frontline.shared.DataChanged;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures a team's forecast for a team of 15 reps with 2,000 open deals: 15 new reps in a new office, each given
 * the whole history of one of the dataset's reps (so they have a track record), and the team's open deals copied
 * until there are 2,000. Times, in one run, the team's results API, then {@code GET /api/v1/teams/{id}/forecast}
 * (one period: 4,000 draws over every open deal) and the team's forecast page (this quarter, the next and six past
 * quarters replayed for the chart) as kept by the forecast cache, and the same first computed (the team's data
 * version moved before each call). Run with {@code ./mvnw -Pbenchmark test -Dtest=TeamForecastBenchmark}; it prints
 * its figures and removes what it added.
 */
@Tag("benchmark")
@IntegrationTest
class TeamForecastBenchmark {

    static final int REPS = 15;
    static final int OPEN_DEALS = 2000;
    static final int WARMUP = 20;
    static final int MEASURED = 100;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Announces the SQL-written team, and moves the team's version before each first (uncached) view. */
    @Autowired
    ApplicationEventPublisher events;


    @Test
    void aTeamOf15RepsWith2000OpenDeals() throws Exception {
        long team = buildTeam();
        long open = jdbc.sql("""
                        select count(*) from opportunity o join stage s on s.id = o.stage_id join person p on p.id = o.owner_id
                         where p.team_id = :t and s.outcome = 'OPEN' and o.engage_date is not null""")
                .param("t", team).query(Long.class).single();
        long all = jdbc.sql("select count(*) from opportunity o join person p on p.id = o.owner_id where p.team_id = :t")
                .param("t", team).query(Long.class).single();
        ApiClient client = ApiClient.http(port).signIn("admin", "demo");
        String api = "/api/v1/teams/" + team + "/forecast?period=2026-Q4";
        String page = "/teams/" + team + "/forecast?period=2026-Q4";
        Runnable anew = () -> events.publishEvent(DataChanged.teams(List.of(team)));
        Stopwatch.Stats results = Stopwatch.measure(client, "/api/v1/teams/" + team + "/results?period=2026-Q4",
                WARMUP, MEASURED);
        Stopwatch.Stats quarter = Stopwatch.measure(client, api, WARMUP, MEASURED);
        Stopwatch.Stats month = Stopwatch.measure(client, "/api/v1/teams/" + team + "/forecast?period=2026-11",
                WARMUP, MEASURED);
        Stopwatch.Stats cachedPage = Stopwatch.measure(client, page, WARMUP, MEASURED);
        Stopwatch.Stats firstApi = Stopwatch.measure(client, api, WARMUP / 4, MEASURED / 4, anew);
        Stopwatch.Stats firstPage = Stopwatch.measure(client, page, WARMUP / 4, MEASURED / 4, anew);
        System.out.printf(Locale.ROOT, """

                ==== Team forecast benchmark: %d reps, %d open deals (%d deals in all), %d warm-up calls ====
                call                                                     median ms   p95 ms   mean ms   calls
                GET /api/v1/teams/{id}/results?period=2026-Q4            %9.1f   %6.1f   %7.1f   %5d
                GET /api/v1/teams/{id}/forecast?period=2026-Q4 (kept)    %9.1f   %6.1f   %7.1f   %5d
                GET /api/v1/teams/{id}/forecast?period=2026-11 (kept)    %9.1f   %6.1f   %7.1f   %5d
                GET /teams/{id}/forecast (page, kept)                    %9.1f   %6.1f   %7.1f   %5d
                GET /api/v1/teams/{id}/forecast?period=2026-Q4 (first)   %9.1f   %6.1f   %7.1f   %5d
                GET /teams/{id}/forecast (page: 8 forecasts, first)      %9.1f   %6.1f   %7.1f   %5d
                kept forecast API / results API (median): %.2f (target <= 2)
                kept forecast page / results API (median): %.2f
                first / kept (median): API %.1f, page %.1f
                (%d cores, Java %s)
                """, REPS, open, all, WARMUP, results.median(), results.p95(), results.mean(), MEASURED,
                quarter.median(), quarter.p95(), quarter.mean(), MEASURED, month.median(), month.p95(), month.mean(),
                MEASURED, cachedPage.median(), cachedPage.p95(), cachedPage.mean(), MEASURED, firstApi.median(),
                firstApi.p95(), firstApi.mean(), MEASURED / 4, firstPage.median(), firstPage.p95(), firstPage.mean(),
                MEASURED / 4, quarter.median() / results.median(), cachedPage.median() / results.median(),
                firstApi.median() / quarter.median(), firstPage.median() / cachedPage.median(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    /** A new office and team of 15 reps, each with the history of one dataset rep, and 2,000 open deals in all. */
    private long buildTeam() {
        long region = jdbc.sql("insert into region (name) values ('Benchmark') returning id").query(Long.class).single();
        long manager = jdbc.sql("""
                        insert into person (username, first_name, last_name, display_name, title, region_id)
                        values ('bench.manager', 'Bench', 'Manager', 'Bench Manager', 'MANAGER', null) returning id""")
                .query(Long.class).single();
        long team = jdbc.sql("insert into team (name, region_id, manager_id) values ('Bench Manager''s team', :r, :m) returning id")
                .param("r", region).param("m", manager).query(Long.class).single();
        jdbc.sql("""
                insert into person (username, first_name, last_name, display_name, title, team_id)
                select 'bench.' || p.username, p.first_name, p.last_name || ' (bench)', p.display_name || ' (bench)', 'REP', :t
                  from (select * from person where title = 'REP' and team_id is not null
                         and exists (select 1 from opportunity o where o.owner_id = person.id)
                         order by id limit :n) p
                """).param("t", team).param("n", REPS).update();
        jdbc.sql("""
                insert into opportunity (external_id, owner_id, product_id, account_id, stage_id, amount, engage_date,
                                         close_date, created_date)
                select o.external_id || '-bench', b.id, o.product_id, o.account_id, o.stage_id, o.amount, o.engage_date,
                       o.close_date, o.created_date
                  from opportunity o join person p on p.id = o.owner_id
                  join person b on b.username = 'bench.' || p.username
                """).update();
        long open = openDeals(team);
        jdbc.sql("""
                insert into opportunity (external_id, owner_id, product_id, account_id, stage_id, amount, engage_date,
                                         close_date, created_date)
                select o.external_id || '-' || k, o.owner_id, o.product_id, o.account_id, o.stage_id, o.amount,
                       o.engage_date - k, o.close_date, o.created_date
                  from opportunity o join stage s on s.id = o.stage_id join person p on p.id = o.owner_id
                  cross join generate_series(1, 20) k
                 where p.team_id = :t and s.outcome = 'OPEN' and o.engage_date is not null
                 order by k, o.id
                 limit :more
                """).param("t", team).param("more", Math.max(0, OPEN_DEALS - open)).update();
        jdbc.sql("analyze").update();
        events.publishEvent(DataChanged.everything());
        return team;
    }

    private long openDeals(long team) {
        return jdbc.sql("""
                        select count(*) from opportunity o join stage s on s.id = o.stage_id join person p on p.id = o.owner_id
                         where p.team_id = :t and s.outcome = 'OPEN' and o.engage_date is not null""")
                .param("t", team).query(Long.class).single();
    }

    @AfterEach
    void removeTheTeam() {
        jdbc.sql("delete from opportunity where owner_id in (select id from person where username like 'bench.%')").update();
        jdbc.sql("update team set manager_id = null where name = 'Bench Manager''s team'").update();
        jdbc.sql("delete from person where username like 'bench.%'").update();
        jdbc.sql("delete from team where name = 'Bench Manager''s team'").update();
        jdbc.sql("delete from region where name = 'Benchmark'").update();
        events.publishEvent(DataChanged.everything());
    }
}
