package dev.frontline.benchmark;

import dev.frontline.IntegrationTest;
import dev.frontline.imports.ImportFile;
import dev.frontline.imports.ImportOptions;
import dev.frontline.imports.ImportProgress;
import dev.frontline.imports.ImportReport;
import dev.frontline.imports.Importer;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports 100,000 generated opportunities (a pipeline file: reps, products and accounts of the demo, every stage)
 * through the real import path ({@link Importer#run}: read, validate, COPY into staging, upsert, commit) and copies
 * the same rows, their references already resolved, with a raw {@code COPY} into an opportunity-shaped table with the
 * same indexes ({@code like opportunity including all}); then into one that also has the opportunity table's foreign
 * keys, then also the value trigger. Rounds interleave them; it prints rows per second (median and each round) and
 * the ratio of the import to the raw COPY of the same round (rounds share the machine's load of the moment). Also
 * times a re-import of the same file (every row unchanged). Run with
 * {@code ./mvnw -B -Pbenchmark test -Dtest=ImportBenchmark}; not part of {@code ./mvnw verify}.
 */
@Tag("benchmark")
@IntegrationTest
class ImportBenchmark {

    static final int ROWS = 100_000;
    static final int ROUNDS = 5;
    static final String HEADER =
            "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n";

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    /** One generated deal, as the file writes it. */
    record Row(String id, String rep, String product, String account, String stage, LocalDate engage,
               LocalDate close, String value) {
    }

    @Test
    void importsBesideARawCopyOfTheSameRows() throws Exception {
        List<Double> imports = new ArrayList<>();
        List<Double> reimports = new ArrayList<>();
        List<Double> copies = new ArrayList<>();
        List<Double> withKeys = new ArrayList<>();
        List<Double> constrained = new ArrayList<>();
        List<Phases> phases = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<Row> rows = generate("ZZB" + round + "-", new Random(round));
            byte[] file = file(rows);
            String copyText = copyText(rows);

            copies.add(copyInto(copyText, false, false));
            Phases timed = new Phases(System.nanoTime());
            ImportReport report = importer.run(List.of(new ImportFile("generated.csv", file)), ImportOptions.asIs(),
                    timed);
            imports.add(rate(timed.started));
            phases.add(timed.finish());
            require(report, ROWS, 0);
            long t = System.nanoTime();
            report = importer.run(List.of(new ImportFile("generated.csv", file)), ImportOptions.asIs(),
                    ImportProgress.NONE);
            reimports.add(rate(t));
            require(report, 0, ROWS);
            withKeys.add(copyInto(copyText, true, false));
            constrained.add(copyInto(copyText, true, true));

            jdbc.sql("delete from opportunity where external_id like 'ZZB%'").update();
            jdbc.sql("vacuum analyze opportunity").update();
        }
        double importRate = median(imports);
        double copyRate = median(copies);
        System.out.printf(Locale.ROOT, """

                ==== Import benchmark (%,d generated opportunity rows, %d interleaved rounds, median rows/s) ====
                raw COPY, same indexes (like opportunity including all)         %,10.0f rows/s   %s
                raw COPY, same indexes + foreign keys                           %,10.0f rows/s   %s
                raw COPY, same indexes + foreign keys + value trigger (per row)%,10.0f rows/s   %s
                import (Importer.run: parse, validate, COPY, upsert, commit)   %,10.0f rows/s   %s
                re-import of the same file (every row unchanged)               %,10.0f rows/s   %s
                ratio import / raw COPY, same round: median %.2f   (%s; target >= 0.5)
                ratio import / raw COPY with foreign keys, same round: median %.2f   (%s)
                import phases, seconds per round (read, check, write, commit): %s
                """, ROWS, ROUNDS, copyRate, all(copies), median(withKeys), all(withKeys), median(constrained),
                all(constrained), importRate, all(imports), median(reimports), all(reimports),
                median(ratios(imports, copies)), two(ratios(imports, copies)), median(ratios(imports, withKeys)),
                two(ratios(imports, withKeys)), phases.stream().map(Phases::toString)
                        .collect(Collectors.joining(" | ")));
    }

    private List<Row> generate(String prefix, Random random) {
        List<String> reps = jdbc.sql("select display_name from person where title = 'REP' order by id")
                .query(String.class).list();
        List<String> products = jdbc.sql("select name from product order by id").query(String.class).list();
        List<String> accounts = jdbc.sql("select name from account order by id").query(String.class).list();
        String[] stages = {"Won", "Won", "Lost", "Engaging", "Prospecting"};
        LocalDate start = LocalDate.of(2024, 1, 1);
        List<Row> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            String stage = stages[random.nextInt(stages.length)];
            LocalDate engage = start.plusDays(random.nextInt(900));
            boolean closed = stage.equals("Won") || stage.equals("Lost");
            rows.add(new Row(prefix + String.format("%06d", i), reps.get(random.nextInt(reps.size())),
                    products.get(random.nextInt(products.size())),
                    random.nextInt(10) == 0 ? "" : accounts.get(random.nextInt(accounts.size())), stage, engage,
                    closed ? engage.plusDays(1 + random.nextInt(120)) : null,
                    stage.equals("Won") ? String.valueOf(100 + random.nextInt(30_000)) : stage.equals("Lost") ? "0"
                            : ""));
        }
        return rows;
    }

    private static byte[] file(List<Row> rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (Row r : rows) {
            csv.append(r.id()).append(',').append(quoted(r.rep())).append(',').append(quoted(r.product())).append(',')
                    .append(quoted(r.account())).append(',').append(r.stage()).append(',').append(r.engage())
                    .append(',').append(r.close() == null ? "" : r.close()).append(',').append(r.value()).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** The same rows in COPY's text format, their owners, products, accounts and stages resolved to ids. */
    private String copyText(List<Row> rows) {
        Map<String, Long> people = ids("select id, lower(display_name) as k from person");
        Map<String, Long> products = ids("select id, lower(name) as k from product");
        Map<String, Long> accounts = ids("select id, lower(name) as k from account");
        Map<String, Long> stages = ids("select id, lower(name) as k from stage");
        Function<String, String> lower = s -> s.toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder();
        for (Row r : rows) {
            text.append(r.id()).append('\t').append(people.get(lower.apply(r.rep()))).append('\t')
                    .append(products.get(lower.apply(r.product()))).append('\t')
                    .append(r.account().isEmpty() ? "\\N" : accounts.get(lower.apply(r.account()))).append('\t')
                    .append(stages.get(lower.apply(r.stage()))).append('\t')
                    .append(r.value().isEmpty() ? "\\N" : r.value()).append('\t').append(r.engage()).append('\t')
                    .append(r.close() == null ? "\\N" : r.close()).append('\n');
        }
        return text.toString();
    }

    private Map<String, Long> ids(String sql) {
        return jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString("k"), rs.getLong("id"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /** Copies the rows into a fresh opportunity-shaped table and answers rows per second; the table is dropped. */
    private double copyInto(String text, boolean withKeys, boolean withTrigger) throws Exception {
        jdbc.sql("drop table if exists opportunity_copy_bench").update();
        jdbc.sql("create table opportunity_copy_bench (like opportunity including all)").update();
        if (withKeys) {
            jdbc.sql("""
                    alter table opportunity_copy_bench
                        add foreign key (owner_id) references person (id),
                        add foreign key (product_id) references product (id),
                        add foreign key (account_id) references account (id),
                        add foreign key (stage_id) references stage (id)
                    """).update();
        }
        if (withTrigger) {
            jdbc.sql("""
                    create trigger opportunity_copy_bench_value before insert or update of amount, product_id
                        on opportunity_copy_bench for each row execute function opportunity_value()
                    """).update();
        }
        long t;
        long copied;
        try (Connection connection = dataSource.getConnection()) {
            t = System.nanoTime();
            copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy opportunity_copy_bench (external_id, owner_id, product_id, account_id, stage_id, amount,
                                                 engage_date, close_date) from stdin""", new StringReader(text));
        }
        double rate = rate(t);
        if (copied != ROWS) {
            throw new IllegalStateException("COPY took " + copied + " rows");
        }
        jdbc.sql("drop table opportunity_copy_bench").update();
        return rate;
    }

    /** When the import reached each phase it reports: checking the rows, writing them, done; then returned. */
    static final class Phases implements ImportProgress {
        final long started;
        long checking;
        long writing;
        long done;
        long returned;

        Phases(long started) {
            this.started = started;
        }

        @Override
        public void report(String phase, long doneRows, long total) {
            long now = System.nanoTime();
            if (phase.startsWith("Checking") && checking == 0) {
                checking = now;
            } else if (phase.startsWith("Writing") && writing == 0) {
                writing = now;
            } else if (phase.equals("Done")) {
                done = now;
            }
        }

        Phases finish() {
            returned = System.nanoTime();
            return this;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f, %.2f, %.2f, %.2f", (checking - started) / 1e9,
                    (writing - checking) / 1e9, (done - writing) / 1e9, (returned - done) / 1e9);
        }
    }

    private static void require(ImportReport report, int created, int unchanged) {
        var f = report.files().get(0);
        if (!report.completed() || f.created() != created || f.unchanged() != unchanged) {
            throw new IllegalStateException("Unexpected import: " + report);
        }
    }

    private static double rate(long startedNanos) {
        return ROWS / ((System.nanoTime() - startedNanos) / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Each round's import rate over the same round's other rate: rounds share the machine's load of the moment. */
    private static List<Double> ratios(List<Double> imports, List<Double> others) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < imports.size(); i++) {
            ratios.add(imports.get(i) / others.get(i));
        }
        return ratios;
    }

    private static String two(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).collect(Collectors.joining(" / "));
    }

    private static String all(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%,.0f", v)).collect(Collectors.joining(" / "));
    }
}
