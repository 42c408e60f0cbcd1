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
import org.springframework.context.ApplicationEventPublisher;
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
    static final int COPIES = GrownOrganisation.HUNDRED_TIMES;

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

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theAdminsListCostsAboutTheSameInAnOrganisationAHundredTimesLarger() throws Exception {
        ApiClient client = ApiClient.http(port).signIn("admin", "demo");
        long before = deals();
        measure(client); // a first round warms the JIT up for every page, so that 1x is not measured cold
        Map<String, Stopwatch.Stats> small = measure(client);
        if (before < 100_000) {
            GrownOrganisation.grow(jdbc, events, COPIES);
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
}
