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

    @Test
    void openDueAndCreatedDealsAreCountedBesideTheirValue() {
        // The first test's deals: open 4 (20,000, engaged 1 Nov) and 5 (5,000, no date) → 2 open; only 4 is due in
        // Q4 (1 Nov + 30 days = 1 Dec); created in Q4: only 4 (the won deals were engaged in Aug and Sep).
        List<DealFact> deals = List.of(won(1, 30_000, "2026-08-01", "2026-10-10"), won(2, 10_000, "2026-09-01", "2026-11-01"),
                lost(3, "2026-11-02"), open(4, "Engaging", 2, 20_000, "2026-11-01"), open(5, "Prospecting", 1, 5_000, null));
        Figures f = ResultsMath.figures(deals, Q4, TODAY, BigDecimal.valueOf(100_000), BigDecimal.valueOf(30));

        assertThat(List.of(f.won(), f.lost(), f.openDeals(), f.dueDeals(), f.created())).containsExactly(2, 1, 2, 1, 1);
        assertThat(f.pipelineCreated()).isEqualByComparingTo("20000");
        // 30 days after 1 Dec is 31 Dec, still inside Q4: due; a deal engaged on 2 Dec would be due on 1 Jan: not.
        Figures edge = ResultsMath.figures(List.of(open(6, "Engaging", 2, 7_000, "2026-12-01"),
                open(7, "Engaging", 2, 9_000, "2026-12-02")), Q4, TODAY, null, BigDecimal.valueOf(30));
        assertThat(edge.dueDeals()).isEqualTo(1);
        assertThat(edge.duePipeline()).isEqualByComparingTo("7000");
        assertThat(edge.coverage()).as("no quota, no gap to cover").isNull();
    }

    @Test
    void theMedianCycleIsOverWonDealsWithBothDatesOnly() {
        // Won in 10 and 30 days → (10 + 30) / 2 = 20.0; the lost deal (273 days) and the won one without an engage
        // date do not count.
        DealFact lostSlowly = new DealFact(3, 1, "P", "S", "Lost", 4, Outcome.LOST, BigDecimal.ZERO, BigDecimal.ZERO,
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-10-01"));
        DealFact wonUndated = new DealFact(4, 1, "P", "S", "Won", 3, Outcome.WON, BigDecimal.TEN, BigDecimal.TEN, null,
                null, LocalDate.parse("2026-10-01"));
        assertThat(ResultsMath.medianCycle(List.of(won(1, 1, "2026-10-01", "2026-10-11"),
                won(2, 1, "2026-10-01", "2026-10-31"), lostSlowly, wonUndated))).isEqualByComparingTo("20.0");
        assertThat(ResultsMath.medianCycle(List.of(lostSlowly))).isNull();
    }

    @Test
    void aBreakdownGroupsTheClosedAndOpenDealsByKeyBiggestRevenueFirst() {
        // A: won 100 and 300, lost one, open 50 → 400, 2 won of 3 closed = 66.7%, average 200; B: won 1,000
        // (and 5,000 in Q3, outside); no product: one open deal of 20 → "(none)" with no rate and no average.
        List<DealFact> deals = List.of(fact(1, "A", Outcome.WON, 100, "2026-10-05"), fact(2, "A", Outcome.WON, 300, "2026-11-05"),
                fact(3, "A", Outcome.LOST, 0, "2026-10-20"), fact(4, "A", Outcome.OPEN, 50, null),
                fact(5, "B", Outcome.WON, 1_000, "2026-12-01"), fact(6, "B", Outcome.WON, 5_000, "2026-09-30"),
                fact(7, null, Outcome.OPEN, 20, null));

        List<Breakdown> rows = ResultsMath.breakdown(deals, DealFact::product, Q4);

        assertThat(rows).extracting(Breakdown::key).containsExactly("B", "A", "(none)");
        assertThat(rows).extracting(r -> r.won() + "/" + r.lost() + "/" + r.openDeals())
                .containsExactly("1/0/0", "2/1/1", "0/0/1");
        assertThat(rows).extracting(Breakdown::wonRevenue).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.valueOf(1_000), BigDecimal.valueOf(400), BigDecimal.ZERO);
        assertThat(rows.get(1).winRate()).isEqualByComparingTo("66.7");
        assertThat(rows.get(1).avgWonDeal()).isEqualByComparingTo("200");
        assertThat(rows.get(1).openPipeline()).isEqualByComparingTo("50");
        assertThat(rows.get(0).winRate()).isEqualByComparingTo("100.0");
        assertThat(rows.get(2).winRate()).isNull();
        assertThat(rows.get(2).avgWonDeal()).isNull();
        assertThat(rows.get(2).openPipeline()).isEqualByComparingTo("20");
    }

    @Test
    void everyHeadlineFigureIsRankedAndARepWithoutAFigureIsLeftOut() {
        // a: 300 won of a 600 quota (50%), 1 won 1 lost (50%), average 300;
        // b: 200 won of a 200 quota (100%), 2 won 0 lost (100%), average 100; c: nothing closed, no quota.
        Figures a = ResultsMath.figures(List.of(won(1, 300, "2026-10-01", "2026-10-11"), lost(2, "2026-10-12")), Q4,
                TODAY, BigDecimal.valueOf(600), null);
        Figures b = ResultsMath.figures(List.of(won(3, 100, "2026-10-01", "2026-10-11"), won(4, 100, "2026-10-01",
                "2026-10-11")), Q4, TODAY, BigDecimal.valueOf(200), null);
        Figures c = ResultsMath.figures(List.of(), Q4, TODAY, null, null);

        var ranks = ResultsMath.ranks(java.util.Map.of(1L, a, 2L, b, 3L, c));

        assertThat(ranks.get(1L)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("wonRevenue", 1, "attainment", 2,
                "winRate", 2, "avgWonDeal", 1, "medianCycleDays", 1, "won", 2));
        assertThat(ranks.get(2L)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("wonRevenue", 2, "attainment", 1,
                "winRate", 1, "avgWonDeal", 2, "medianCycleDays", 1, "won", 1));
        assertThat(ranks.get(3L)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("wonRevenue", 3, "won", 3));
    }

    @Test
    void comparisonsNeedATeamFigureAndSayInLineWhenTheyRoundToNothing() {
        // Team of 2 with 1,000 won → 500 a rep; the rep's 505 is 1% above (not "1 %s"); attainment 80 vs 79.6 → 0
        // points after rounding: in line, and counted better; win rate 50 vs 51 → "1 point below" (singular), worse;
        // average won deal 505 vs 500 → 1% above; cycle 11 vs 10 days → "1 day longer than team", worse.
        Figures rep = figures(505, "80", "50", "505", "11");
        Figures team = figures(1_000, "79.6", "51", "500", "10");

        assertThat(ResultsMath.versusTeam(rep, team, 2)).extracting(Comparison::text).containsExactly(
                "won revenue 1% above the team's average per rep", "attainment in line with team",
                "win rate 1 point below team", "average won deal 1% above team", "median cycle 1 day longer than team");
        assertThat(ResultsMath.versusTeam(rep, team, 2)).extracting(Comparison::better)
                .containsExactly(true, true, false, true, false);
        assertThat(ResultsMath.versusTeam(rep, team, 2).get(2).difference()).isEqualByComparingTo("-1.0");

        // No team won revenue, no team size, a team without figures, a team average deal of 0: nothing to say.
        Figures empty = figures(0, null, null, "0", null);
        assertThat(ResultsMath.versusTeam(rep, empty, 2)).isEmpty();
        assertThat(ResultsMath.versusTeam(rep, team, 0)).extracting(Comparison::figure)
                .containsExactly("attainment", "win rate", "average won deal", "median cycle");
        assertThat(ResultsMath.versusTeam(figures(505, null, null, null, null), team, 2)).extracting(Comparison::figure)
                .containsExactly("won revenue");
    }

    @Test
    void aShorterCycleIsBetterAndALargerGapReadsInPlural() {
        Figures rep = figures(100, "40", "30", "100", "8");
        Figures team = figures(200, "50", "45", "100", "10");
        // Team of 1: rep 100 vs 200 → 50% below; 10 points below; 15 points below; 0% → in line; 2 days shorter.
        assertThat(ResultsMath.versusTeam(rep, team, 1)).extracting(Comparison::text).containsExactly(
                "won revenue 50% below the team's average per rep", "attainment 10 points below team",
                "win rate 15 points below team", "average won deal in line with team", "median cycle 2 days shorter than team");
        assertThat(ResultsMath.versusTeam(rep, team, 1)).extracting(Comparison::better)
                .containsExactly(false, false, false, true, true);
    }

    private static Figures figures(int wonRevenue, String attainment, String winRate, String avgWonDeal, String cycle) {
        return new Figures(BigDecimal.valueOf(wonRevenue), 0, 0, dec(winRate), dec(avgWonDeal), dec(cycle), null,
                dec(attainment), null, null, null, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, null, 0, BigDecimal.ZERO);
    }

    private static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static DealFact fact(long id, String product, Outcome outcome, int amount, String close) {
        LocalDate day = close == null ? null : LocalDate.parse(close);
        String stage = outcome == Outcome.OPEN ? "Engaging" : outcome == Outcome.WON ? "Won" : "Lost";
        return new DealFact(id, 1, product, "S", stage, 2, outcome, outcome == Outcome.OPEN ? null : BigDecimal.valueOf(amount),
                BigDecimal.valueOf(amount), LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-01"), day);
    }
}
