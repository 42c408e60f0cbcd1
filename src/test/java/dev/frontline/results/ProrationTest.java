package dev.frontline.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontline.organization.Member;
import dev.frontline.organization.Title;
import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Outcome;
import dev.frontline.results.internal.QuotaRow;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A new hire's quota prorated from the join date, on hand-worked cases. Quotas are set for quarters unless said
 * otherwise; a quarter's full quota spreads evenly over its three months.
 */
class ProrationTest {

    static final long REP = 7;
    static final long OTHER = 8;
    static final Ramp RAMP = new Ramp(List.of(25, 50, 75, 100));

    @Test
    void joiningMidMonthWithoutARampCountsTheDaysFromTheJoinDate() {
        // Q4 90,000 = 30,000 a month. Joined 16 Nov: October 0; November 30,000 × 15/30 days = 15,000;
        // December 30,000. The quarter: 45,000.
        QuotaBook book = book(LocalDate.of(2026, 11, 16), Ramp.NONE, quarter("2026-10-01", 90_000));

        assertThat(book.forRep(REP, p("2026-Q4"))).isEqualByComparingTo("45000.00");
        assertThat(book.forRep(REP, p("2026-10"))).isEqualByComparingTo("0");
        assertThat(book.forRep(REP, p("2026-11"))).isEqualByComparingTo("15000.00");
        assertThat(book.forRep(REP, p("2026-12"))).isEqualByComparingTo("30000");
        assertThat(book.fullForRep(REP, p("2026-Q4"))).isEqualByComparingTo("90000");
        assertThat(book.note(REP, p("2026-Q4"))).isEqualTo("joined 16 Nov 2026 · prorated: November from the 16th");
    }

    @Test
    void aRampOfFourStepsTakesAQuarterThenHalfThenThreeQuartersThenAll() {
        // Joined 1 Nov, ramp 25/50/75/100, 90,000 a quarter (30,000 a month).
        // 2026-Q4: Oct 0 + Nov 30,000 × 25% = 7,500 + Dec 30,000 × 50% = 15,000 → 22,500.
        // 2027-Q1: Jan 30,000 × 75% = 22,500 + Feb 30,000 + Mar 30,000 → 82,500 (the 4th step is 100%).
        // 2027-Q2: nothing ramps any more → 90,000.
        QuotaBook book = book(LocalDate.of(2026, 11, 1), RAMP, quarter("2026-10-01", 90_000),
                quarter("2027-01-01", 90_000), quarter("2027-04-01", 90_000));

        assertThat(book.forRep(REP, p("2026-Q4"))).isEqualByComparingTo("22500.00");
        assertThat(book.forRep(REP, p("2027-Q1"))).isEqualByComparingTo("82500.00");
        assertThat(book.forRep(REP, p("2027-Q2"))).isEqualByComparingTo("90000");
        assertThat(book.forRep(REP, p("2026-12"))).isEqualByComparingTo("15000.00");
        assertThat(book.forRep(REP, p("2027-01"))).isEqualByComparingTo("22500.00");
        assertThat(book.forRep(REP, p("2027-02"))).isEqualByComparingTo("30000");
        assertThat(book.note(REP, p("2026-Q4")))
                .isEqualTo("joined 1 Nov 2026 · ramping: 25% in November, 50% in December");
        assertThat(book.note(REP, p("2027-Q1"))).isEqualTo("ramping: 75% in January");
        assertThat(book.note(REP, p("2027-Q2"))).isNull();
    }

    @Test
    void joiningMidQuarterMidMonthRampsFromTheJoiningMonthsRemainingDays() {
        // Joined 20 Aug, ramp 25/50/75/100, 60,000 a quarter (20,000 a month).
        // 2026-Q3: Jul 0; Aug 20,000 × 25% × 12/31 days (20th–31st) = 1,935.4838…; Sep 20,000 × 50% = 10,000
        //          → 11,935.48.
        // 2026-Q4: Oct 20,000 × 75% = 15,000 + Nov 20,000 + Dec 20,000 → 55,000.
        QuotaBook book = book(LocalDate.of(2026, 8, 20), RAMP, quarter("2026-07-01", 60_000),
                quarter("2026-10-01", 60_000));

        assertThat(book.forRep(REP, p("2026-Q3"))).isEqualByComparingTo("11935.48");
        assertThat(book.forRep(REP, p("2026-Q4"))).isEqualByComparingTo("55000.00");
        assertThat(book.note(REP, p("2026-Q3")))
                .isEqualTo("joined 20 Aug 2026 · ramping: 25% in August from the 20th, 50% in September");
    }

    @Test
    void periodsBeforeJoiningCountNothing() {
        QuotaBook book = book(LocalDate.of(2026, 8, 20), RAMP, quarter("2026-04-01", 60_000),
                quarter("2026-07-01", 60_000));

        assertThat(book.forRep(REP, p("2026-Q2"))).isEqualByComparingTo("0");
        assertThat(book.forRep(REP, p("2026-07"))).isEqualByComparingTo("0");
        assertThat(book.note(REP, p("2026-Q2"))).isEqualTo("before joining");
        assertThat(book.forRep(REP, p("2026-Q1"))).as("no quota set, nothing to prorate").isNull();
    }

    @Test
    void aYearIsProratedMonthByMonthWhetherSetForTheYearOrForItsQuarters() {
        // Year set at 360,000 (30,000 a month), joined 1 Nov with the ramp: Jan–Oct 0, Nov 7,500, Dec 15,000.
        QuotaBook yearly = book(LocalDate.of(2026, 11, 1), RAMP,
                new QuotaRow(1, REP, null, Grain.YEAR, LocalDate.of(2026, 1, 1), BigDecimal.valueOf(360_000), "MANUAL", 0));
        assertThat(yearly.forRep(REP, p("2026"))).isEqualByComparingTo("22500.00");
        // A month takes its share of the year, then the ramp: December 30,000 × 50%.
        assertThat(yearly.forRep(REP, p("2026-12"))).isEqualByComparingTo("15000.00");
        assertThat(yearly.forRep(REP, p("2026-Q3"))).isEqualByComparingTo("0");

        // Quarters set (the year is their sum): Q1–Q3 0 before joining, Q4 120,000 = 40,000 a month:
        // Nov 10,000 + Dec 20,000 → 30,000.
        QuotaBook quarterly = book(LocalDate.of(2026, 11, 1), RAMP, quarter("2026-01-01", 90_000),
                quarter("2026-04-01", 90_000), quarter("2026-07-01", 90_000), quarter("2026-10-01", 120_000));
        assertThat(quarterly.fullForRep(REP, p("2026"))).isEqualByComparingTo("390000");
        assertThat(quarterly.forRep(REP, p("2026"))).isEqualByComparingTo("30000.00");
    }

    @Test
    void monthlyQuotasAreRampedEachAtItsOwnAmount() {
        // Months set: Nov 24,000, Dec 36,000; joined 1 Nov with the ramp → 6,000 + 18,000 = 24,000 for Q4.
        QuotaBook book = book(LocalDate.of(2026, 11, 1), RAMP,
                new QuotaRow(1, REP, null, Grain.MONTH, LocalDate.of(2026, 11, 1), BigDecimal.valueOf(24_000), "MANUAL", 0),
                new QuotaRow(2, REP, null, Grain.MONTH, LocalDate.of(2026, 12, 1), BigDecimal.valueOf(36_000), "MANUAL", 0));

        assertThat(book.forRep(REP, p("2026-11"))).isEqualByComparingTo("6000.00");
        assertThat(book.forRep(REP, p("2026-Q4"))).isEqualByComparingTo("24000.00");
    }

    @Test
    void whatIsDueByTodayFollowsTheRampDayByDay() {
        // Joined 1 Nov, ramp 25/50/75/100, Q4 90,000; on 27 Nov: Nov 30,000 × 25% × 27/30 = 6,750; Dec not begun.
        // Spread evenly over the quarter's days it would be 22,500 × 58/92 = 14,184.78: twice as demanding.
        QuotaBook ramped = book(LocalDate.of(2026, 11, 1), RAMP, quarter("2026-10-01", 90_000));
        assertThat(ramped.expectedForRep(REP, p("2026-Q4"), LocalDate.of(2026, 11, 27))).isEqualByComparingTo("6750.00");

        // Joined 16 Nov without a ramp: Nov 30,000 × 12/30 (16th–27th) = 12,000.
        QuotaBook prorated = book(LocalDate.of(2026, 11, 16), Ramp.NONE, quarter("2026-10-01", 90_000));
        assertThat(prorated.expectedForRep(REP, p("2026-Q4"), LocalDate.of(2026, 11, 27)))
                .isEqualByComparingTo("12000.00");

        // Not a new hire: 90,000 × 58/92 days.
        QuotaBook old = new QuotaBook(List.of(quarter("2026-10-01", 90_000)));
        assertThat(old.expectedForRep(REP, p("2026-Q4"), LocalDate.of(2026, 11, 27))).isEqualByComparingTo("56739.13");
    }

    @Test
    void aTeamWithoutItsOwnQuotaSumsItsRepsProratedButItsOwnQuotaStands() {
        List<QuotaRow> rows = List.of(quarter("2026-10-01", 90_000),
                new QuotaRow(2, OTHER, null, Grain.QUARTER, LocalDate.of(2026, 10, 1), BigDecimal.valueOf(90_000), "MANUAL", 0));
        Map<Long, Proration.Start> starts = Map.of(REP, new Proration.Start(LocalDate.of(2026, 11, 1), RAMP));
        // 22,500 (the new hire) + 90,000.
        assertThat(new QuotaBook(rows, starts).forTeam(1, List.of(REP, OTHER), p("2026-Q4")))
                .isEqualByComparingTo("112500.00");

        List<QuotaRow> withTeam = new java.util.ArrayList<>(rows);
        withTeam.add(new QuotaRow(3, null, 1L, Grain.QUARTER, LocalDate.of(2026, 10, 1), BigDecimal.valueOf(200_000), "MANUAL", 0));
        assertThat(new QuotaBook(withTeam, starts).forTeam(1, List.of(REP, OTHER), p("2026-Q4")))
                .isEqualByComparingTo("200000");
    }

    @Test
    void aNewHiresSuggestionIsTheTeamMedianAndCountsAtTheirRamp() {
        // Alice won 40,000 in each of 2026-Q2 and Q3 (first close in Q2) → 40,000; Bob 60,000 in Q3 (first close
        // there) → 60,000. Median 50,000. Nina joined 1 Nov with no deals: suggested 50,000 (the full quota
        // accepting sets); it counts 50,000 × (0 + 25% + 50%) / 3 = 12,500 in 2026-Q4.
        Member alice = rep(1, "alice");
        Member bob = rep(2, "bob");
        Member nina = rep(3, "nina");
        Map<Long, List<DealFact>> facts = Map.of(
                1L, List.of(won(1, 1, 40_000, "2026-05-10"), won(2, 1, 40_000, "2026-08-10")),
                2L, List.of(won(3, 2, 60_000, "2026-08-12")));
        QuotaBook book = new QuotaBook(List.of(), Map.of(3L, new Proration.Start(LocalDate.of(2026, 11, 1), RAMP)));

        List<QuotaSuggestion> out = Suggestions.suggest(List.of(alice, bob, nina), facts, p("2026-Q4"),
                LocalDate.of(2026, 11, 27), BigDecimal.ZERO, 4, book);

        QuotaSuggestion n = out.stream().filter(s -> s.rep().id() == 3).findFirst().orElseThrow();
        assertThat(n.suggested()).isEqualByComparingTo("50000");
        assertThat(n.effective()).isEqualByComparingTo("12500.00");
        assertThat(n.ramp()).isEqualTo("joined 1 Nov 2026 · ramping: 25% in November, 50% in December");
        assertThat(n.arithmetic()).contains("the team's median suggestion, $50,000", "× 25% of 2026-Q4 = $12,500");
        QuotaSuggestion a = out.stream().filter(s -> s.rep().id() == 1).findFirst().orElseThrow();
        assertThat(a.suggested()).isEqualByComparingTo("40000");
        assertThat(a.effective()).isEqualByComparingTo("40000");
        assertThat(a.ramp()).isNull();

        // Next quarter she is at 75% in January, then full: 50,000 × (75 + 100 + 100)% / 3 = 45,833.33.
        QuotaSuggestion next = Suggestions.suggest(List.of(alice, bob, nina), facts, p("2027-Q1"),
                LocalDate.of(2026, 11, 27), BigDecimal.ZERO, 4, book).stream().filter(s -> s.rep().id() == 3)
                .findFirst().orElseThrow();
        assertThat(next.effective()).isEqualByComparingTo("45833.33");
    }

    @Test
    void aRampIsValidatedNamingTheField() {
        assertThat(Ramp.parse("steps", "25/50/75/100").steps()).containsExactly(25, 50, 75, 100);
        assertThat(Ramp.parse("steps", "25%, 50%  75").steps()).containsExactly(25, 50, 75);
        assertThat(Ramp.parse("steps", " ").steps()).isEmpty();
        assertThat(RAMP.factor(0)).isEqualByComparingTo("0.25");
        assertThat(RAMP.factor(12)).isEqualByComparingTo("1");

        assertThatThrownBy(() -> new Ramp(List.of(25, 120))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("steps: month 2 must be 0 to 100%");
        assertThatThrownBy(() -> new Ramp(List.of(50, 25))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("steps: month 2 (25%) is below month 1 (50%)");
        assertThatThrownBy(() -> new Ramp(java.util.Collections.nCopies(13, 50))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("steps: at most 12 months");
        assertThatThrownBy(() -> new Ramp(null)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("steps:");
        assertThatThrownBy(() -> Ramp.parse("ramp", "25/half")).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("ramp: 'half' is not a whole percent");
        assertThatThrownBy(() -> Ramp.parse("ramp", "-5/50")).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("ramp: month 1 must be 0 to 100%");
    }

    private static QuotaBook book(LocalDate joined, Ramp ramp, QuotaRow... rows) {
        return new QuotaBook(List.of(rows), Map.of(REP, new Proration.Start(joined, ramp)));
    }

    private static QuotaRow quarter(String start, int amount) {
        return new QuotaRow(start.hashCode(), REP, null, Grain.QUARTER, LocalDate.parse(start), BigDecimal.valueOf(amount),
                "MANUAL", 0);
    }

    private static SalesPeriod p(String text) {
        return SalesPeriod.parse(text);
    }

    private static Member rep(long id, String name) {
        return new Member(id, name, name, name, name, Title.REP, 1L, "Team", 1L, "East");
    }

    private static DealFact won(long id, long owner, int amount, String close) {
        LocalDate day = LocalDate.parse(close);
        return new DealFact(id, owner, "P", "S", "Won", 3, Outcome.WON, BigDecimal.valueOf(amount),
                BigDecimal.valueOf(amount), day.minusDays(20), day.minusDays(20), day);
    }
}
