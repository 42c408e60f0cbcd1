package dev.frontline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.imports.ImportFile;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DemoSeederTest {

    @Test
    void shiftsByTheWholeMonthsFromTheLatestActivityToTheEndOfTheQuarter() {
        assertThat(DemoSeeder.monthsToShift(LocalDate.of(2017, 12, 31), YearMonth.of(2026, 12))).isEqualTo(108);
        assertThat(DemoSeeder.monthsToShift(LocalDate.of(2017, 12, 1), YearMonth.of(2026, 12))).isEqualTo(108);
    }

    @Test
    void doesNotShiftWhenTheLatestActivityIsThisMonth() {
        assertThat(DemoSeeder.monthsToShift(LocalDate.of(2026, 11, 30), YearMonth.of(2026, 11))).isZero();
    }

    @Test
    void shiftsAcrossAYearBoundary() {
        assertThat(DemoSeeder.monthsToShift(LocalDate.of(2025, 12, 15), YearMonth.of(2026, 1))).isEqualTo(1);
    }

    @Test
    void latestActivityIsTheLatestDateInAnyColumn() {
        String csv = """
                opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\r
                A1,Moses Frase,GTX Basic,Cancity,Won,2017-03-01,2017-05-02,550\r
                A2,Moses Frase,GTX Basic,,Engaging,2017-12-30,,\r
                A3,Moses Frase,GTX Basic,Cancity,Lost,2017-01-01,2017-12-29,0\r
                """;

        LocalDate latest = DemoSeeder.latestActivity(new ImportFile("p.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(latest).isEqualTo(LocalDate.of(2017, 12, 30));
    }
}
