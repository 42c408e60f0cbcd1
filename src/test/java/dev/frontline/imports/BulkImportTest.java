package dev.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontline.IntegrationTest;
import dev.frontline.Statements;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports write through {@code COPY} into staging tables and one set-based upsert per table: values come back exactly
 * as the file gave them, whatever characters they hold; the batch is still one transaction; and the statements an
 * import sends do not grow with its rows. Each test puts the database back as it found it ({@link DataSnapshot}).
 */
@IntegrationTest
class BulkImportTest {

    private static final String PIPELINE_HEADER =
            "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n";
    private static final String ACCOUNTS_HEADER =
            "account,sector,year_established,revenue,employees,office_location,subsidiary_of\n";

    /** Values COPY's text and CSV formats would misread unless escaped, and characters outside ASCII. */
    private static final List<String> AWKWARD = List.of(
            "He said \"hi\", then left",
            "two\nlines",
            "three\r\nlines\rin all",
            "C:\\temp\\new\\table",
            "tab\tinside",
            "\\N",
            "\\.",
            "ends in a backslash\\",
            "a,b,,c;d|e",
            "'single' quotes and `ticks`",
            "Zürich – 東京 – Ελλάδα – 🚀",
            "NULL",
            "\"\"",
            "line\n\\.\nafter the end marker");

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    private DataSnapshot before;

    @BeforeEach
    void remember() {
        before = DataSnapshot.take(jdbc);
    }

    @AfterEach
    void putBack() {
        jdbc.sql("delete from product where name like 'Zzbulk%'").update();
        before.restore(jdbc, events);
    }

    @Test
    void readsBackQuotesCommasNewlinesBackslashesAndUnicodeExactly() {
        StringBuilder deals = new StringBuilder(
                "Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Deal owner,Associated Company\n");
        StringBuilder accounts = new StringBuilder(ACCOUNTS_HEADER);
        for (int i = 0; i < AWKWARD.size(); i++) {
            String value = AWKWARD.get(i);
            deals.append(csv("zz-" + i + "-" + value, value, "Engaging", "1234.5", "2026-12-18 10:00",
                    "2026-11-07 09:00", "Cara Losch", "Zzbulk deal account " + value));
            accounts.append(csv("Zzbulk account " + value, value, "1999", "12.5", "40", value, value));
        }
        String products = "product,series,sales_price\n" + csv("Zzbulk product " + AWKWARD.get(0), AWKWARD.get(3), "99");

        ImportReport report = run(file("accounts.csv", accounts), file("products.csv", products),
                file("hubspot.csv", deals));

        assertThat(report.completed()).as(report.toString()).isTrue();
        for (int i = 0; i < AWKWARD.size(); i++) {
            String value = AWKWARD.get(i);
            assertThat(jdbc.sql("select name from opportunity where external_id = :id")
                    .param("id", "hubspot:zz-" + i + "-" + value).query(String.class).single())
                    .as("deal name %d", i).isEqualTo(value);
            assertThat(jdbc.sql("""
                            select a.name from opportunity o join account a on a.id = o.account_id
                             where o.external_id = :id""")
                    .param("id", "hubspot:zz-" + i + "-" + value).query(String.class).single())
                    .isEqualTo("Zzbulk deal account " + value);
            assertThat(jdbc.sql("select sector, office_location, parent_name from account where name = :n")
                    .param("n", "Zzbulk account " + value)
                    .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single())
                    .as("account %d", i).containsExactly(value, value, value);
        }
        assertThat(jdbc.sql("select series from product where name = :n").param("n", "Zzbulk product " + AWKWARD.get(0))
                .query(String.class).single()).isEqualTo(AWKWARD.get(3));
        assertThat(jdbc.sql("""
                        select o.amount, o.close_date::text, o.created_date::text, p.username
                          from opportunity o join person p on p.id = o.owner_id where o.external_id = :id""")
                .param("id", "hubspot:zz-0-" + AWKWARD.get(0))
                .query((rs, n) -> List.of(rs.getBigDecimal(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single()).containsExactly(new BigDecimal("1234.50"), "2026-12-18", "2026-11-07", "cara.losch");

        ImportReport again = run(file("accounts.csv", accounts), file("products.csv", products),
                file("hubspot.csv", deals));
        assertThat(again.files()).as("a second import of the same files changes nothing")
                .allSatisfy(f -> assertThat(List.of(f.created(), f.updated(), f.unchanged()))
                        .containsExactly(0, 0, f.rows()));
    }

    @Test
    void aRowTheDatabaseRefusesLateInABigBatchLeavesNothingWritten() {
        int rows = 5_000;
        String account = ACCOUNTS_HEADER + "Zzbulk Late Failure Co,software,2001,3.5,12,Lisbon,\n";
        String deals = deals("ZZBULK", rows, "Zzbulk Late Failure Co", "550");
        long versions = versions();
        jdbc.sql("alter table opportunity add constraint zzbulk_refuses_the_last check (external_id <> '"
                + id("ZZBULK", rows - 1) + "') not valid").update();
        try {
            assertThatThrownBy(() -> run(file("accounts.csv", account), file("deals.csv", deals)))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("zzbulk_refuses_the_last");
        } finally {
            jdbc.sql("alter table opportunity drop constraint zzbulk_refuses_the_last").update();
        }

        assertThat(before.counts(jdbc)).isEqualTo(before.counts());
        assertThat(jdbc.sql("select count(*) from account where name like 'Zzbulk%'").query(Long.class).single())
                .isZero();
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aBadRowLateInABigFileIsReportedAndNothingIsWritten() {
        int rows = 5_000;
        String deals = deals("ZZBULK", rows, "Cancity", "550")
                + "ZZBULKLAST,Moses Frase,GTX Basic,Cancity,Won,2017-10-02,2017-11-20,abc\n";

        ImportReport report = run(file("deals.csv", deals));

        assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
        assertThat(report.files().get(0).errors()).singleElement()
                .satisfies(e -> assertThat(e.row()).isEqualTo(rows + 2))
                .satisfies(e -> assertThat(e.column()).isEqualTo("close_value"));
        assertThat(before.counts(jdbc)).isEqualTo(before.counts());
    }

    @Test
    void theStatementsOfAnImportDoNotGrowWithItsRows() throws Exception {
        Statements.Count small = Statements.during(() -> assertCompleted(run(file("small.csv",
                deals("ZZSMALL", 100, "Cancity", "550")))));
        Statements.Count large = Statements.during(() -> assertCompleted(run(file("large.csv",
                deals("ZZLARGE", 2_000, "Cancity", "550")))));
        long versions = versions();
        List<Integer> unchanged = new ArrayList<>();
        Statements.Count again = Statements.during(() -> {
            ImportReport report = run(file("large.csv", deals("ZZLARGE", 2_000, "Cancity", "550")));
            FileReport f = report.files().get(0);
            unchanged.addAll(List.of(f.created(), f.updated(), f.unchanged()));
        });
        long versionsAfterReimport = versions();
        Statements.Count changed = Statements.during(() -> {
            ImportReport report = run(file("large.csv", deals("ZZLARGE", 2_000, "Cancity", "600")));
            assertThat(report.files().get(0).updated()).isEqualTo(2_000);
        });

        assertThat(large.total()).as(large.toString()).isEqualTo(small.total());
        assertThat(again.total()).as("nothing changed, so no change is announced (pg_notify)")
                .isEqualTo(small.total() - 1);
        assertThat(small.sql()).filteredOn(sql -> sql.contains("pg_notify")).hasSize(1);
        assertThat(again.sql()).noneMatch(sql -> sql.contains("pg_notify"));
        assertThat(changed.total()).isEqualTo(small.total());
        assertThat(unchanged).containsExactly(0, 0, 2_000);
        assertThat(versionsAfterReimport).as("an unchanged row keeps its version").isEqualTo(versions);
        assertThat(versions()).isEqualTo(versions + 2_000);
        assertThat(jdbc.sql("select count(*), sum(amount) from opportunity where external_id like 'ZZLARGE%'")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getBigDecimal(2))).single())
                .containsExactly(2_000L, new BigDecimal("1200000.00"));
    }

    @Test
    void givesEachNewDealItsValueAndKeepsItWhenTheAmountChanges() {
        String deals = PIPELINE_HEADER + """
                ZZVALUE1,Moses Frase,GTX Basic,Cancity,Won,2017-10-02,2017-11-20,550
                ZZVALUE2,Moses Frase,GTX Basic,Cancity,Engaging,2017-10-02,,
                ZZVALUE3,Moses Frase,,Cancity,Engaging,2017-10-02,,
                """;
        assertCompleted(run(file("deals.csv", deals)));
        BigDecimal price = jdbc.sql("select sales_price from product where name = 'GTX Basic'")
                .query(BigDecimal.class).single();

        assertThat(values()).containsExactly(new BigDecimal("550.00"), price, null);

        assertCompleted(run(file("deals.csv", deals.replace("2017-11-20,550", "2017-11-20,700")
                .replace("ZZVALUE2,Moses Frase,GTX Basic,Cancity,Engaging,2017-10-02,,",
                        "ZZVALUE2,Moses Frase,GTX Basic,Cancity,Engaging,2017-10-02,,80"))));
        assertThat(values()).containsExactly(new BigDecimal("700.00"), new BigDecimal("80.00"), null);
    }

    private List<BigDecimal> values() {
        return jdbc.sql("select value from opportunity where external_id like 'ZZVALUE%' order by external_id")
                .query((rs, n) -> rs.getBigDecimal(1)).list();
    }

    private static void assertCompleted(ImportReport report) {
        assertThat(report.completed()).as(report.toString()).isTrue();
    }

    private long versions() {
        return jdbc.sql("select coalesce(sum(version), 0) from opportunity").query(Long.class).single();
    }

    private static String deals(String prefix, int rows, String account, String value) {
        StringBuilder csv = new StringBuilder(PIPELINE_HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(id(prefix, i)).append(",Moses Frase,GTX Basic,").append(account)
                    .append(",Won,2017-10-02,2017-11-20,").append(value).append('\n');
        }
        return csv.toString();
    }

    private static String id(String prefix, int i) {
        return prefix + String.format("%05d", i);
    }

    /** One CSV line as RFC 4180 writes it: every field quoted, quotes inside doubled. */
    private static String csv(String... fields) {
        return Arrays.stream(fields).map(f -> "\"" + f.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(",")) + "\n";
    }

    private static ImportFile file(String name, CharSequence content) {
        return new ImportFile(name, content.toString().getBytes(StandardCharsets.UTF_8));
    }

    private ImportReport run(ImportFile... files) {
        return importer.run(List.of(files), ImportMapping.none(), ImportConfirmation.none(), ImportOptions.asIs(),
                ImportProgress.NONE);
    }
}
