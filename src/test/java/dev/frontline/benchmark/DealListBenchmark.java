package dev.frontline.benchmark;

import dev.frontline.ApiClient;
import dev.frontline.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the administrator's opportunity list (the page, {@code /opportunities}) in its default order, in each
 * sortable column's order, searched, filtered and deep in the list, on the demo organisation and again on one 100
 * times larger (99 more copies of every office, team, manager, rep and deal, as {@code TeamResultsBenchmark} grows
 * it), and prints the planner's plan for the main queries at that size. Run alone with
 * {@code ./mvnw -Pbenchmark test -Dtest=DealListBenchmark}; not part of {@code ./mvnw verify}.
 */
@Tag("benchmark")
@IntegrationTest
class DealListBenchmark {

    static final int WARMUP = 30;
    static final int MEASURED = 100;
    static final int COPIES = 99;

    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("default order", "/opportunities");
        PAGES.put("amount, largest first", "/opportunities?sort=amount,desc");
        PAGES.put("close date, oldest first", "/opportunities?sort=closeDate");
        PAGES.put("created, latest first", "/opportunities?sort=createdDate,desc");
        PAGES.put("deal id", "/opportunities?sort=externalId");
        PAGES.put("rep, Z to A", "/opportunities?sort=owner,desc");
        PAGES.put("account", "/opportunities?sort=account");
        PAGES.put("product", "/opportunities?sort=product");
        PAGES.put("stage", "/opportunities?sort=stage,desc");
        PAGES.put("page 40, by account", "/opportunities?sort=account&page=40");
        PAGES.put("won, $1,000-2,000, by close", "/opportunities?status=won&minAmount=1000&maxAmount=2000&sort=closeDate,desc");
        PAGES.put("search an account", "/opportunities?q=cancity");
        PAGES.put("search a deal id", "/opportunities?q=1C1I7A6R");
        PAGES.put("created this quarter, by amount", "/opportunities?createdFrom=2026-10-01&createdTo=2026-12-31&sort=amount,desc");
        PAGES.put("API, 50 a page, exact count", "/api/v1/opportunities?size=50&sort=amount,desc");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdminsListCostsAboutTheSameInAnOrganisationAHundredTimesLarger() throws Exception {
        ApiClient client = ApiClient.http(port).signIn("admin", "demo");
        long before = deals();
        measure(client); // a first round warms the JIT up for every page, so that 1x is not measured cold
        Map<String, Stopwatch.Stats> small = measure(client);
        if (before < 100_000) {
            grow();
        }
        long after = deals();
        Map<String, Stopwatch.Stats> large = measure(client);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """

                ==== Deal list benchmark (admin, %d measured calls after %d warm-up; median / p95 ms) ====
                list                                   %,9d deals       %,9d deals     ratio
                """, MEASURED, WARMUP, before, after));
        small.forEach((name, s) -> {
            Stopwatch.Stats l = large.get(name);
            out.append(String.format(Locale.ROOT, "%-36s %9.2f / %6.2f   %9.2f / %6.2f   %5.2f%n", name, s.median(),
                    s.p95(), l.median(), l.p95(), l.median() / s.median()));
        });
        out.append("\n==== Plans at ").append(String.format(Locale.ROOT, "%,d", after)).append(" deals ====\n");
        for (String sql : List.of(
                "select * from opportunity o order by o.close_date desc nulls first, o.engage_date desc nulls last, o.id limit 26",
                "select * from opportunity o order by o.value desc, o.id desc limit 26 offset 975",
                "select * from opportunity o where o.account_id = (select min(id) from account) order by o.id limit 26",
                "select count(*) from (select 1 from opportunity o limit 10001) c",
                "select * from opportunity o where (o.external_id ilike '%cancity%' or o.name ilike '%cancity%'"
                        + " or o.account_id = any(array(select id from account where name ilike '%cancity%')))"
                        + " order by o.close_date desc nulls first, o.engage_date desc nulls last, o.id limit 26")) {
            out.append("\n").append(sql).append('\n');
            jdbc.sql("explain (analyze, costs off, timing off, summary on) " + sql).query(String.class).list()
                    .forEach(line -> out.append("    ").append(line).append('\n'));
        }
        System.out.println(out);
    }

    private Map<String, Stopwatch.Stats> measure(ApiClient client) throws Exception {
        Map<String, Stopwatch.Stats> stats = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            stats.put(page.getKey(), Stopwatch.measure(client, page.getValue(), WARMUP, MEASURED));
        }
        return stats;
    }

    private long deals() {
        return jdbc.sql("select count(*) from opportunity").query(Long.class).single();
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
        jdbc.sql("vacuum analyze opportunity").update();
        jdbc.sql("analyze").update();
    }
}
