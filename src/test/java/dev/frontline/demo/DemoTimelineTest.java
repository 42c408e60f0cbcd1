package dev.frontline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.Dataset;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo moves the dataset to look current and reads it as of today, on any today: the first, a middle and the
 * last day of a month, and the last day of a quarter. Each case is checked row by row against the shipped file.
 */
class DemoTimelineTest {

    private static final String FILE = new String(Dataset.bytes("sales_pipeline.csv"), StandardCharsets.UTF_8);
    private static final List<String[]> SHIPPED = Dataset.rows("sales_pipeline.csv");

    @ParameterizedTest(name = "today {0}")
    @ValueSource(strings = {"2026-10-01", "2026-12-01", "2026-12-02", "2026-12-16", "2026-11-30", "2026-12-31",
            "2027-03-31", "2027-02-28"})
    void nothingDatedAfterTodayHasHappenedAndEveryDealIsKept(String day) throws IOException {
        LocalDate today = LocalDate.parse(day);
        int months = DemoSeeder.monthsToShift(LocalDate.of(2017, 12, 31), quarterEnd(today));

        List<CSVRecord> moved = parse(DemoTimeline.move(FILE, months, today));

        assertThat(moved).hasSize(SHIPPED.size()).hasSize(8_800);
        for (int i = 0; i < moved.size(); i++) {
            String[] file = SHIPPED.get(i);
            CSVRecord row = moved.get(i);
            assertThat(row.get("opportunity_id")).isEqualTo(file[0]);
            assertThat(row.get("sales_agent")).isEqualTo(file[1]);
            LocalDate engage = file[5].isEmpty() ? null : LocalDate.parse(file[5]).plusMonths(months);
            LocalDate close = file[6].isEmpty() ? null : LocalDate.parse(file[6]).plusMonths(months);
            String at = file[0] + " on " + today;
            if (engage != null && engage.isAfter(today)) {
                assertThat(row.get("deal_stage")).as(at).isEqualTo("Prospecting");
                assertThat(row.get("engage_date") + row.get("close_date") + row.get("close_value")).as(at).isEmpty();
            } else if (close != null && close.isAfter(today)) {
                assertThat(row.get("deal_stage")).as(at).isEqualTo("Engaging");
                assertThat(row.get("close_date")).as(at).isEqualTo(close.toString());
                assertThat(row.get("close_value")).as(at).isEqualTo(file[4].equals("Won") ? file[7] : "");
            } else {
                assertThat(row.get("deal_stage")).as(at).isEqualTo(file[4]);
                assertThat(row.get("close_date")).as(at).isEqualTo(close == null ? "" : close.toString());
                assertThat(row.get("close_value")).as(at).isEqualTo(file[7]);
            }
        }
        assertThat(moved).as("won or lost after today").noneMatch(r -> !r.get("close_date").isEmpty()
                && !r.get("deal_stage").equals("Engaging") && LocalDate.parse(r.get("close_date")).isAfter(today));
    }

    @ParameterizedTest(name = "today {0}")
    @ValueSource(strings = {"2026-10-01", "2026-12-01", "2026-12-02", "2026-12-16", "2026-11-30", "2027-02-28"})
    void theRestOfTheQuarterHasOpenPipelineDueInIt(String day) throws IOException {
        LocalDate today = LocalDate.parse(day);
        LocalDate quarterEnd = quarterEnd(today).atEndOfMonth();
        int months = DemoSeeder.monthsToShift(LocalDate.of(2017, 12, 31), quarterEnd(today));

        long due = parse(DemoTimeline.move(FILE, months, today)).stream()
                .filter(r -> r.get("deal_stage").equals("Engaging") && !r.get("close_date").isEmpty())
                .map(r -> LocalDate.parse(r.get("close_date")))
                .filter(d -> d.isAfter(today) && !d.isAfter(quarterEnd)).count();

        assertThat(due).isPositive();
    }

    private static YearMonth quarterEnd(LocalDate today) {
        return YearMonth.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 3);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }
}
