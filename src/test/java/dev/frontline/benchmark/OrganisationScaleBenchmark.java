package dev.frontline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.shared.DataChanged;
import dev.frontline.ApiClient;
import dev.frontline.IntegrationTest;
import dev.frontline.organization.internal.OrganizationStore;
import dev.frontline.pipeline.internal.PipelineStore;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the pages over many teams cost as the organisation grows, in one run: an office of 2 teams beside one of 200
 * (results page and API, forecast page and API, the director's home), the admin's list of teams beside one team's
 * board, a team's board beside the results API that carries its figures, and team results beside the raw SQL that
 * reads the same deals — on the demo organisation (1×) and on one 100 times larger (as {@link GrownOrganisation}
 * grows it), where 198 of the copied teams then join the Central office so that its director has 200. It prints
 * medians and ratios, and the planner's plans of the organisation lists' main queries at 100×, asserting (not
 * timing) that they read the opportunity table through its indexes. Run alone with
 * {@code ./mvnw -Pbenchmark test -Dtest=OrganisationScaleBenchmark}; not part of {@code ./mvnw verify}.
 */
@Tag("benchmark")
@IntegrationTest
class OrganisationScaleBenchmark {

    static final int WARMUP = 15;
    static final int MEASURED = 40;
    static final String PERIOD = "2026-Q4";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void pagesOverManyTeamsCostAboutWhatTheirTeamsDo() throws Exception {
        long central = jdbc.sql("select id from region where name = 'Central'").query(Long.class).single();
        long team = jdbc.sql("select id from team where name = 'Dustin Brinkmann''s team'").query(Long.class).single();
        ApiClient director = ApiClient.http(port).signIn("director.central", "demo");
        ApiClient admin = ApiClient.http(port).signIn("admin", "demo");

        Map<String, Stopwatch.Stats> small = new LinkedHashMap<>();
        measureOffice(director, central, small); // a first round warms the JIT up, so that 1x is not measured cold
        measureOffice(director, central, small);
        measureLists(admin, team, small);
        small.put("raw SQL of team results", raw(team));

        long started = System.nanoTime();
        GrownOrganisation.grow(jdbc, events, GrownOrganisation.HUNDRED_TIMES);
        double growSeconds = (System.nanoTime() - started) / 1e9;
        Map<String, Stopwatch.Stats> large = new LinkedHashMap<>();
        measureOffice(director, central, large);
        measureLists(admin, team, large);
        large.put("raw SQL of team results", raw(team));

        int moved = jdbc.sql("""
                update team set region_id = :c
                 where id in (select id from team where region_id <> :c and name like '% #%' order by id limit 198)
                """).param("c", central).update();
        jdbc.sql("analyze team").update();
        events.publishEvent(DataChanged.everything());
        Map<String, Stopwatch.Stats> big = new LinkedHashMap<>();
        measureOffice(director, central, big);
        big.put("team board beside the office (director)", time(director, "/teams/" + team + "?period=" + PERIOD));

        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """

                ==== Organisation scale benchmark (median / p95 ms; %d measured calls after %d warm-up, fewer for calls over 200 ms) ====
                organisation: 1x %,d deals, %d teams; 100x %,d deals, %d teams (grown in %.0f s); then %d teams moved into Central
                request                                        1x                 100x        100x/1x
                """, MEASURED, WARMUP, 8800, 6, deals(), teams(), growSeconds, moved + 2));
        small.forEach((name, s) -> {
            Stopwatch.Stats l = large.get(name);
            out.append(String.format(Locale.ROOT, "%-42s %8.2f / %7.2f  %8.2f / %7.2f   %6.2f%n", name, s.median(),
                    s.p95(), l.median(), l.p95(), l.median() / s.median()));
        });
        out.append("\nAt 100x, Central with ").append(moved + 2).append(" teams (director.central):\n");
        big.forEach((name, s) -> {
            Stopwatch.Stats two = large.get(name);
            out.append(String.format(Locale.ROOT, "%-42s %8.2f / %7.2f   vs 2 teams %8.2f   ratio %6.2f%n", name,
                    s.median(), s.p95(), two == null ? Double.NaN : two.median(),
                    two == null ? Double.NaN : s.median() / two.median()));
        });
        out.append("\nRatios (targets in brackets):\n");
        ratio(out, "office of 200 / 2 teams: results page (<= 5)", big, large, "office results page");
        ratio(out, "office of 200 / 2 teams: results API (<= 5)", big, large, "office results API");
        ratio(out, "office of 200 / 2 teams: forecast API (<= 5)", big, large, "office forecast API");
        ratio(out, "office of 200 / 2 teams: forecast page (<= 5)", big, large, "office forecast page");
        ratio(out, "office of 200 / 2 teams: director's home (<= 5)", big, large, "director's home");
        ratio(out, "100x: admin /teams first page / team board (<= 2)", large, large, "admin /teams, first page", "team board (admin)");
        ratio(out, "100x: team board page / its results API (<= 3)", large, large, "team board (admin)", "team results API");
        ratio(out, "100x: office results page / its API (<= 3)", big, big, "office results page", "office results API");
        ratio(out, "100x: team results page / its API (<= 3)", large, large, "team results page", "team results API");
        ratio(out, "100x: team results API / raw SQL (<= 1.5)", large, large, "team results API", "raw SQL of team results");
        ratio(out, "1x:   team results API / raw SQL (<= 1.5)", small, small, "team results API", "raw SQL of team results");
        ratio(out, "100x: team results API not kept / raw SQL", large, large, "team results API, not kept", "raw SQL of team results");
        ratio(out, "1x:   team results API not kept / raw SQL", small, small, "team results API, not kept", "raw SQL of team results");
        out.append("\n==== Plans at ").append(String.format(Locale.ROOT, "%,d", deals())).append(" deals ====\n");
        plans(out, central);
        System.out.println(out);
    }

    private void measureOffice(ApiClient director, long office, Map<String, Stopwatch.Stats> into) {
        into.put("office results page", time(director, "/regions/" + office + "/results?period=" + PERIOD));
        into.put("office results API", time(director, "/api/v1/regions/" + office + "/results?period=" + PERIOD));
        into.put("office forecast page", time(director, "/regions/" + office + "/forecast?period=" + PERIOD));
        into.put("office forecast API", time(director, "/api/v1/regions/" + office + "/forecast?period=" + PERIOD));
        into.put("director's home", time(director, "/?period=" + PERIOD));
    }

    private void measureLists(ApiClient admin, long team, Map<String, Stopwatch.Stats> into) {
        into.put("admin /teams, first page", time(admin, "/teams?period=" + PERIOD));
        into.put("admin /teams, page 3", time(admin, "/teams?period=" + PERIOD + "&page=2"));
        into.put("admin home", time(admin, "/?period=" + PERIOD));
        into.put("team board (admin)", time(admin, "/teams/" + team + "?period=" + PERIOD));
        into.put("team results API", time(admin, "/api/v1/teams/" + team + "/results?period=" + PERIOD));
        into.put("team results page", time(admin, "/teams/" + team + "/results?period=" + PERIOD));
        into.put("team results API, not kept", Stopwatch.measure(admin, "/api/v1/teams/" + team + "/results?period="
                + PERIOD, 5, 20, () -> events.publishEvent(dev.frontline.shared.DataChanged.everything())));
    }

    /** Fewer calls for slow requests, so that a 3-second page does not take the run's hour. */
    private static Stopwatch.Stats time(ApiClient client, String path) {
        long t = System.nanoTime();
        Stopwatch.measure(client, path, 1, 1);
        double first = (System.nanoTime() - t) / 1e6;
        return first > 200 ? Stopwatch.measure(client, path, 2, 7) : Stopwatch.measure(client, path, WARMUP, MEASURED);
    }

    /**
     * The raw SQL of a team's results: its reps, the period's deals of those reps and their sales cycle, each query
     * sent straight through JDBC — what the figures need from the database, without the application around it.
     */
    private Stopwatch.Stats raw(long team) throws Exception {
        String facts = constant(PipelineStore.class, "AS_OF") + constant(PipelineStore.class, "FACTS")
                + constant(PipelineStore.class, "IN_PERIOD");
        String cycles = constant(PipelineStore.class, "AS_OF") + constant(PipelineStore.class, "CYCLES");
        Runnable once = () -> {
            Long[] reps = jdbc.sql("select id from person where team_id = :t and title = 'REP'").param("t", team)
                    .query(Long.class).list().toArray(Long[]::new);
            Long[] groups = new Long[reps.length];
            java.util.Arrays.fill(groups, team);
            jdbc.sql(facts).param("owners", reps).param("from", LocalDate.of(2026, 10, 1))
                    .param("to", LocalDate.of(2026, 12, 31)).param("today", TODAY).param("unborn", false)
                    .query().listOfRows();
            jdbc.sql(cycles).param("owners", reps).param("groups", groups).param("today", TODAY).param("unborn", false)
                    .query().listOfRows();
            jdbc.sql("select * from quota where rep_id = any(:r) or team_id = :t").param("r", reps).param("t", team)
                    .query().listOfRows();
        };
        for (int i = 0; i < WARMUP; i++) {
            once.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            long t = System.nanoTime();
            once.run();
            millis.add((System.nanoTime() - t) / 1e6);
        }
        java.util.Collections.sort(millis);
        return new Stopwatch.Stats(millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)),
                millis.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    /** The plans of the lists' main queries, as the stores send them; the lists must not scan the opportunity table. */
    private void plans(StringBuilder out, long central) throws Exception {
        List<Long> page = jdbc.sql("""
                select t.id from team t join region r on r.id = t.region_id order by r.name, t.name, t.id limit 50
                """).query(Long.class).list();
        List<Long> pageReps = jdbc.sql("select id from person where team_id = any(:t)").param("t", page.toArray(Long[]::new))
                .query(Long.class).list();
        List<Long> officeReps = jdbc.sql("""
                select p.id from person p join team t on t.id = p.team_id where t.region_id = :c and p.title = 'REP'
                """).param("c", central).query(Long.class).list();
        String asOf = constant(PipelineStore.class, "AS_OF");
        Map<String, String> values = Map.of("from", "date '2026-10-01'", "to", "date '2026-12-31'",
                "today", "date '2026-11-27'", "unborn", "false", "all", "true", "ids", "array[]::bigint[]");
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("the teams' page (admin /teams, 50 a page)", constant(OrganizationStore.class, "TEAM_SELECT")
                + " where :all or t.id = any(:ids) order by r.name, t.name, t.id offset 0 limit 50");
        lists.put("the page's rosters", constant(OrganizationStore.class, "PERSON_SELECT")
                + " where p.team_id = any(" + array(page) + ") order by p.display_name, p.id");
        lists.put("the page's figures (" + pageReps.size() + " reps)", asOf + constant(PipelineStore.class, "NUMBERS")
                .replace(":owners", array(pageReps)));
        Map<String, String> office = new LinkedHashMap<>();
        office.put("an office of 200 teams: the period's deals (" + officeReps.size() + " reps)", asOf
                + constant(PipelineStore.class, "FACTS").replace(":owners", array(officeReps))
                + constant(PipelineStore.class, "IN_PERIOD"));
        office.put("an office of 200 teams: the sales cycles", asOf + constant(PipelineStore.class, "CYCLES")
                .replace(":owners", array(officeReps)).replace(":groups", array(officeReps)));
        for (Map.Entry<String, String> q : lists.entrySet()) {
            String plan = explain(out, q.getKey(), bind(q.getValue(), values));
            assertThat(plan).as(q.getKey()).doesNotContainPattern("Seq Scan on opportunity");
        }
        for (Map.Entry<String, String> q : office.entrySet()) {
            explain(out, q.getKey(), bind(q.getValue(), values));
        }
    }

    private String explain(StringBuilder out, String name, String sql) {
        List<String> lines = jdbc.sql("explain (analyze, costs off, timing off, summary on) " + sql).query(String.class)
                .list();
        out.append("\n").append(name).append('\n');
        lines.forEach(line -> out.append("    ").append(line).append('\n'));
        return String.join("\n", lines);
    }

    private static String bind(String sql, Map<String, String> values) {
        Matcher m = Pattern.compile("(?<!:):(\\w+)").matcher(sql);
        StringBuilder bound = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(bound, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(bound);
        return bound.toString();
    }

    private static String array(List<Long> ids) {
        return ids.isEmpty() ? "array[]::bigint[]"
                : "array[" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + "]::bigint[]";
    }

    private static String constant(Class<?> type, String name) throws Exception {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (String) field.get(null);
    }

    private static void ratio(StringBuilder out, String label, Map<String, Stopwatch.Stats> a,
                              Map<String, Stopwatch.Stats> b, String key) {
        ratio(out, label, a, b, key, key);
    }

    private static void ratio(StringBuilder out, String label, Map<String, Stopwatch.Stats> a,
                              Map<String, Stopwatch.Stats> b, String keyA, String keyB) {
        out.append(String.format(Locale.ROOT, "  %-52s %6.2f   (%.2f / %.2f ms)%n", label,
                a.get(keyA).median() / b.get(keyB).median(), a.get(keyA).median(), b.get(keyB).median()));
    }

    private long deals() {
        return jdbc.sql("select count(*) from opportunity").query(Long.class).single();
    }

    private long teams() {
        return jdbc.sql("select count(*) from team").query(Long.class).single();
    }
}
