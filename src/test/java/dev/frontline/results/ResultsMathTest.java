package dev.frontline.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.Stage;
import dev.frontline.results.internal.QuotaRow;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsMathTest {

    static final SalesPeriod Q4 = SalesPeriod.parse("2026-Q4");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    static final List<Stage> STAGES = List.of(new Stage(1, "Prospecting", 1, Outcome.OPEN),
            new Stage(2, "Engaging", 2, Outcome.OPEN), new Stage(3, "Won", 3, Outcome.WON),
            new Stage(4, "Lost", 4, Outcome.LOST));

    static DealFact won(long id, int amount, String engage, String close) {
        return new DealFact(id, 1, "P", "S", "Won", 3, Outcome.WON, BigDecimal.valueOf(amount), BigDecimal.valueOf(amount),
                LocalDate.parse(engage), LocalDate.parse(engage), LocalDate.parse(close));
    }

    static DealFact lost(long id, String close) {
        return new DealFact(id, 1, "P", "S", "Lost", 4, Outcome.LOST, BigDecimal.ZERO, BigDecimal.ZERO, null, null,
                LocalDate.parse(close));
    }

    static DealFact open(long id, String stage, int position, int value, String engage) {
        LocalDate e = engage == null ? null : LocalDate.parse(engage);
        return new DealFact(id, 1, "P", "S", stage, position, Outcome.OPEN, null, BigDecimal.valueOf(value), e, e, null);
    }

    @Test
    void attainmentPacingGapAndCoverageFollowTheQuotaAndTheCalendar() {
        List<DealFact> deals = List.of(won(1, 30_000, "2026-08-01", "2026-10-10"), won(2, 10_000, "2026-09-01", "2026-11-01"),
                lost(3, "2026-11-02"), open(4, "Engaging", 2, 20_000, "2026-11-01"), open(5, "Prospecting", 1, 5_000, null));
        Figures f = ResultsMath.figures(deals, Q4, TODAY, BigDecimal.valueOf(100_000), BigDecimal.valueOf(30));
        assertThat(f.wonRevenue()).isEqualByComparingTo("40000");
        assertThat(f.attainment()).isEqualByComparingTo("40.0");
        // 46 of 92 days elapsed on 15 November: half the quota expected by now
        assertThat(f.expectedToDate()).isEqualByComparingTo("50000.00");
        assertThat(f.pacing()).isEqualByComparingTo("80.0");
        assertThat(f.gap()).isEqualByComparingTo("60000");
        assertThat(f.winRate()).isEqualByComparingTo("66.7");
        assertThat(f.avgWonDeal()).isEqualByComparingTo("20000");
        // cycles 70 and 61 days: median 65.5
        assertThat(f.medianCycleDays()).isEqualByComparingTo("65.5");
        // the engaging deal is due on 1 Dec (engage + 30 days); the prospecting one has no date
        assertThat(f.duePipeline()).isEqualByComparingTo("20000");
        assertThat(f.openPipeline()).isEqualByComparingTo("25000");
        assertThat(f.coverage()).isEqualByComparingTo("0.33");
    }

    @Test
    void overdueOpenDealsCountAsDueToday() {
        DealFact old = open(1, "Engaging", 2, 1_000, "2025-01-01");
        assertThat(ResultsMath.expectedClose(old, BigDecimal.valueOf(30), TODAY)).isEqualTo(TODAY);
    }

    @Test
    void funnelCountsDealsReachingEachStageAndTheirConversion() {
        List<DealFact> deals = List.of(won(1, 1, "2026-10-01", "2026-10-05"), lost(2, "2026-10-06"),
                open(3, "Engaging", 2, 1, "2026-10-01"), open(4, "Prospecting", 1, 1, null), won(5, 1, "2026-01-01", "2026-02-01"));
        List<FunnelStep> funnel = ResultsMath.funnel(deals, STAGES, Q4, TODAY);
        assertThat(funnel).extracting(FunnelStep::stage, FunnelStep::reached)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Prospecting", 4), org.assertj.core.groups.Tuple.tuple("Engaging", 3),
                        org.assertj.core.groups.Tuple.tuple("Won", 1), org.assertj.core.groups.Tuple.tuple("Lost", 1));
        assertThat(funnel.get(0).conversion()).isEqualByComparingTo("75.0");
        assertThat(funnel.get(1).conversion()).isEqualByComparingTo("33.3");
    }

    @Test
    void ranksShareTiesAndShorterCyclesRankHigher() {
        Figures a = ResultsMath.figures(List.of(won(1, 100, "2026-10-01", "2026-10-11")), Q4, TODAY, null, null);
        Figures b = ResultsMath.figures(List.of(won(2, 100, "2026-10-01", "2026-10-31")), Q4, TODAY, null, null);
        var ranks = ResultsMath.ranks(java.util.Map.of(1L, a, 2L, b));
        assertThat(ranks.get(1L)).containsEntry("wonRevenue", 1).containsEntry("medianCycleDays", 1);
        assertThat(ranks.get(2L)).containsEntry("wonRevenue", 1).containsEntry("medianCycleDays", 2);
    }

    @Test
    void comparisonsSayHowFarARepIsFromTheTeam() {
        Figures rep = ResultsMath.figures(List.of(won(1, 100, "2026-10-01", "2026-10-11"), lost(2, "2026-10-12"),
                lost(3, "2026-10-13")), Q4, TODAY, null, null);
        Figures team = ResultsMath.figures(List.of(won(1, 100, "2026-10-01", "2026-10-11"), lost(2, "2026-10-12"),
                lost(3, "2026-10-13"), won(4, 100, "2026-10-01", "2026-10-31"), won(5, 100, "2026-10-01", "2026-10-31")),
                Q4, TODAY, null, null);
        assertThat(ResultsMath.versusTeam(rep, team, 2)).extracting(Comparison::text)
                .contains("win rate 27 points below team", "median cycle 20 days shorter than team");
    }

    @Test
    void quotaBookUsesExactThenInnerThenAShareOfTheOuterPeriod() {
        QuotaBook book = new QuotaBook(List.of(
                new QuotaRow(1, 7L, null, Grain.QUARTER, LocalDate.of(2026, 1, 1), BigDecimal.valueOf(90), "MANUAL", 0),
                new QuotaRow(2, 7L, null, Grain.QUARTER, LocalDate.of(2026, 4, 1), BigDecimal.valueOf(60), "MANUAL", 0),
                new QuotaRow(3, 7L, null, Grain.MONTH, LocalDate.of(2026, 2, 1), BigDecimal.valueOf(50), "MANUAL", 0)));
        assertThat(book.forRep(7, SalesPeriod.parse("2026-Q1"))).isEqualByComparingTo("90");
        assertThat(book.forRep(7, SalesPeriod.parse("2026-02"))).isEqualByComparingTo("50");
        assertThat(book.forRep(7, SalesPeriod.parse("2026-03"))).isEqualByComparingTo("30");
        assertThat(book.forRep(7, SalesPeriod.parse("2026"))).isEqualByComparingTo("150");
        assertThat(book.forRep(7, SalesPeriod.parse("2026-Q3"))).isNull();
        assertThat(book.forTeam(1, List.of(7L, 8L), SalesPeriod.parse("2026-Q2"))).isEqualByComparingTo("60");
    }

    @Test
    void fiscalYearStartingInFebruaryShiftsQuartersAndNamesYearsByTheirStart() {
        SalesPeriod q1 = SalesPeriod.parse("2026-Q1", 2);
        assertThat(q1.start()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(q1.end()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(SalesPeriod.of(Grain.QUARTER, LocalDate.of(2027, 1, 15), 2)).hasToString("2026-Q4");
        assertThat(SalesPeriod.of(Grain.YEAR, LocalDate.of(2027, 1, 15), 2).end()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(SalesPeriod.parse("2026-Q4", 2).next()).hasToString("2027-Q1");
    }
}
