package dev.frontline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.frontline.shared.SalesPeriod.Grain;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SalesPeriodTest {

    @Test
    void parsesAQuarterFromItsFirstToItsLastDay() {
        SalesPeriod q4 = SalesPeriod.parse("2026-Q4");

        assertThat(q4.grain()).isEqualTo(Grain.QUARTER);
        assertThat(q4.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q4.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void parsesAMonth() {
        SalesPeriod november = SalesPeriod.parse("2026-11");

        assertThat(november.grain()).isEqualTo(Grain.MONTH);
        assertThat(november.start()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(november.end()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void parsesAYear() {
        SalesPeriod year = SalesPeriod.parse("2026");

        assertThat(year.grain()).isEqualTo(Grain.YEAR);
        assertThat(year.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void acceptsLowerCaseAndSurroundingSpaces() {
        assertThat(SalesPeriod.parse(" 2026-q2 ")).isEqualTo(SalesPeriod.parse("2026-Q2"));
    }

    @Test
    void printsWhatItParses() {
        assertThat(SalesPeriod.parse("2026-Q4")).hasToString("2026-Q4");
        assertThat(SalesPeriod.parse("2026-02")).hasToString("2026-02");
        assertThat(SalesPeriod.parse("2026")).hasToString("2026");
    }

    @Test
    void nextQuarterOfTheFourthIsTheFirstOfTheNextYear() {
        assertThat(SalesPeriod.parse("2026-Q4").next()).isEqualTo(SalesPeriod.parse("2027-Q1"));
    }

    @Test
    void previousQuarterOfTheFirstIsTheFourthOfTheYearBefore() {
        assertThat(SalesPeriod.parse("2026-Q1").previous()).isEqualTo(SalesPeriod.parse("2025-Q4"));
    }

    @Test
    void monthsAndYearsStepByTheirOwnGrain() {
        assertThat(SalesPeriod.parse("2026-12").next()).isEqualTo(SalesPeriod.parse("2027-01"));
        assertThat(SalesPeriod.parse("2026-01").previous()).isEqualTo(SalesPeriod.parse("2025-12"));
        assertThat(SalesPeriod.parse("2026").next()).isEqualTo(SalesPeriod.parse("2027"));
        assertThat(SalesPeriod.parse("2026").previous()).isEqualTo(SalesPeriod.parse("2025"));
    }

    @Test
    void februaryOfALeapYearEndsOnThe29th() {
        assertThat(SalesPeriod.parse("2028-02").end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(SalesPeriod.parse("2026-02").end()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void containsBothItsFirstAndItsLastDayButNothingOutside() {
        SalesPeriod q4 = SalesPeriod.parse("2026-Q4");

        assertThat(q4.contains(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(q4.contains(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(q4.contains(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(q4.contains(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void theQuarterOfADayStartsOnTheFirstDayOfItsQuarter() {
        assertThat(SalesPeriod.quarterOf(LocalDate.of(2026, 11, 27))).isEqualTo(SalesPeriod.parse("2026-Q4"));
        assertThat(SalesPeriod.quarterOf(LocalDate.of(2026, 3, 31))).isEqualTo(SalesPeriod.parse("2026-Q1"));
        assertThat(SalesPeriod.monthOf(LocalDate.of(2026, 11, 27))).isEqualTo(SalesPeriod.parse("2026-11"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-00", "2026-Q5", "2026-Q0", "Q4", "26", "2026/11", "last quarter", ""})
    void refusesWhatIsNotAPeriodWithAMessageShowingTheForms(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> SalesPeriod.parse(text))
                .withMessage("period: '" + text + "' is not a period: use 2026-Q4, 2026-11 or 2026");
    }
}
