package dev.frontline.forecast;

import static dev.frontline.forecast.Deals.lost;
import static dev.frontline.forecast.Deals.open;
import static dev.frontline.forecast.Deals.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontline.shared.SalesPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's small functions on hand-worked numbers: the shock, its widening, the weights, rates and amounts. */
class ForecastMathTest {

    private static final double Z = 1.2815515655446004;

    @Test
    void theWideningForFewValidationsIsTheSquaredRatioOfStudentsToTheNormalsP90() {
        // t ≈ z + (z³ + z) / 4ν + (5z⁵ + 16z³ + 3z) / 96ν², z = 1.2815516, z³ = 2.104788, z⁵ = 3.456849.
        // 6 validations, ν = 5: t = 1.281552 + 3.386340 / 20 + 54.805508 / 2400 = 1.281552 + 0.169317 + 0.022836
        // = 1.473704 → (t / z)² = 1.322356 (Student's table: t(0.9, 5) = 1.4759, (1.4759 / z)² = 1.3263).
        assertThat(ForecastModel.smallSample(6)).isCloseTo(1.3223561, within(1e-6));
        // 12 validations, ν = 11: 1.281552 + 0.076962 + 0.004718 = 1.363232 → 1.131533 (table 1.3634 → 1.1318).
        assertThat(ForecastModel.smallSample(12)).isCloseTo(1.1315333, within(1e-6));
        // 2 validations, ν = 1: 1.281552 + 0.846585 + 0.570891 = 2.699027 → 4.435497.
        assertThat(ForecastModel.smallSample(2)).isCloseTo(4.4354968, within(1e-6));
        // One validation or none: no variance to widen.
        assertThat(ForecastModel.smallSample(1)).isEqualTo(1.0);
        assertThat(ForecastModel.smallSample(0)).isEqualTo(1.0);
    }

    @Test
    void theShockIsTheErrorBeyondPoissonNoiseRelativeToTheForecastsLevel() {
        // Weights ½, ½: forecasts (10 + 20) / 2 = 15 and 10 against 20 and 5 won. Excess: (20 − 15)² − 15 + (5 − 10)²
        // − 10 = 25; scale 15² + 10² = 325; 25 / 325 = 0.0769231, × smallSample(2) 4.4354968 = 0.3411921.
        double[] half = {0.5, 0.5};
        assertThat(ForecastModel.shock(half, List.of(new double[] {10, 20}, new double[] {10, 10}),
                List.of(new double[] {20}, new double[] {5}))).isCloseTo(0.3411921, within(1e-6));
        // Forecast 10, won 10: the error is less than the Poisson noise (0 − 10 < 0) → no shock.
        assertThat(ForecastModel.shock(half, List.<double[]>of(new double[] {10, 10}),
                List.<double[]>of(new double[] {10}))).isZero();
        // Nothing forecast: no level to be relative to → no shock (not NaN).
        assertThat(ForecastModel.shock(half, List.<double[]>of(new double[] {0, 0}),
                List.<double[]>of(new double[] {3}))).isZero();
        assertThat(ForecastModel.shock(half, List.of(), List.of())).isZero();
    }

    @Test
    void eachWayIsWeightedByTheLikelihoodOfItsErrors() {
        // Three validations of two ways against 2 won each time: errors −1, 1, 0 (MSE 2/3) and 2, −2, 0 (MSE 8/3).
        // Weights ∝ MSE^(−3/2): 1 and (1/4)^(3/2) = 1/8 → 8/9 and 1/9.
        List<double[]> predicted = List.of(new double[] {1, 4}, new double[] {3, 0}, new double[] {2, 2});
        double[] w = ForecastModel.weights(predicted, List.of(new double[] {0, 2}, new double[] {0, 2},
                new double[] {0, 2}), 1, 2);
        assertThat(w[0]).isCloseTo(8.0 / 9, within(1e-6));
        assertThat(w[1]).isCloseTo(1.0 / 9, within(1e-6));
        // Against the first column (0 won), the second way's errors are 4, 0, 2 (MSE 20/3) and the first's 1, 3, 2
        // (MSE 14/3): (14/20)^(3/2) = 0.585662 → 1 / 1.585662 = 0.630651 for the first way.
        double[] first = ForecastModel.weights(predicted, List.of(new double[] {0, 2}, new double[] {0, 2},
                new double[] {0, 2}), 0, 2);
        assertThat(first[0]).isCloseTo(0.630651, within(1e-6));
        // Without any validation every way counts alike.
        assertThat(ForecastModel.weights(List.of(), List.of(), 0, 4)).containsExactly(0.25, 0.25, 0.25, 0.25);
    }

    @Test
    void aDotProductAndAnUpperBound() {
        assertThat(ForecastModel.dot(new double[] {1, 2, 3}, new double[] {4, 5, 6})).isEqualTo(32.0);
        int[] sorted = {1, 3, 3, 5};
        assertThat(List.of(0, 1, 2, 3, 4, 5, 9).stream().map(v -> ForecastModel.upperBound(sorted, v)))
                .containsExactly(0, 1, 1, 3, 3, 4, 4);
        assertThat(ForecastModel.upperBound(new int[0], 3)).isZero();
    }

    @Test
    void aRepsRecentRateIsTheirDealsPerDayOverTheLastQuarterOrSinceTheirFirst() {
        LocalDate base = LocalDate.of(2026, 1, 1);
        int b = (int) base.toEpochDay();
        int[] days = {b, b + 10, b + 50, b + 100, b + 120};
        // On day 120: the last 91 days are days 30–120: 50, 100, 120 → 3 / 91.
        assertThat(ForecastModel.recentRate(days, base.plusDays(120))).isCloseTo(3.0 / 91, within(1e-12));
        // On day 20, 21 days since their first: 0 and 10 → 2 / 21.
        assertThat(ForecastModel.recentRate(days, base.plusDays(20))).isCloseTo(2.0 / 21, within(1e-12));
        // The day before their first deal, and without deals: 0.
        assertThat(ForecastModel.recentRate(days, base.minusDays(1))).isZero();
        assertThat(ForecastModel.recentRate(null, base)).isZero();
        assertThat(ForecastModel.recentRate(new int[0], base)).isZero();
    }

    @Test
    void creationGrowsByTheRatioOfTheLastQuarterToTheOneBeforeOverTheDistanceAhead() {
        LocalDate day = LocalDate.of(2026, 6, 30);
        int to = (int) day.toEpochDay();
        // Last 91 days (to − 90 … to): A's to−50, to−10, to−5 and B's to−20 → 4; the 91 before (to − 181 … to − 91):
        // A's to−150, to−100 and B's to−95 → 3; to−200 is older. (4 + 1) / (3 + 1) = 1.25.
        List<int[]> created = List.of(new int[] {to - 200, to - 150, to - 100, to - 50, to - 10, to - 5},
                new int[] {to - 95, to - 20}, new int[0]);
        // Over 91 days ahead the exponent is (45.5 + 45.5) / 91 = 1 → 1.25; over 0 days, ½ → √1.25 = 1.118034.
        assertThat(ForecastModel.creationGrowth(created, day, 91)).isCloseTo(1.25, within(1e-12));
        assertThat(ForecastModel.creationGrowth(created, day, 0)).isCloseTo(1.118034, within(1e-6));
        // A history starting exactly two quarters back counts: to−10 against none → (1 + 1) / (0 + 1) = 2.
        assertThat(ForecastModel.creationGrowth(List.<int[]>of(new int[] {to - 182, to - 10}), day, 91))
                .isCloseTo(2.0, within(1e-12));
        // A day less of history: no growth to tell → 1.
        assertThat(ForecastModel.creationGrowth(List.<int[]>of(new int[] {to - 181, to - 10}), day, 91)).isEqualTo(1.0);
    }

    @Test
    void anUnknownAmountIsTheRepsAverageWonDealOfTheProductThenTheTeamsThenTheRepsThenTheTeamsOverall() {
        // Known on 1 Feb: rep 1 won GTX $1,000 and $3,000 and Other $500; rep 2 GTX $10,000. Rep 2's Pro win
        // closes after the day and the lost deal has no amount: neither counts.
        List<Fact> facts = List.of(won(1, "GTX", 1_000, "2026-01-02", "2026-01-10"),
                won(1, "GTX", 3_000, "2026-01-02", "2026-01-12"), won(1, "Other", 500, "2026-01-02", "2026-01-14"),
                won(2, "GTX", 10_000, "2026-01-02", "2026-01-20"), won(2, "Pro", 700, "2026-01-02", "2026-02-10"),
                lost(1, "GTX", "2026-01-02", "2026-01-15"), open(3, "Pro", "2026-01-03"));
        ForecastModel.Amounts amounts = new ForecastModel.Amounts(facts, LocalDate.of(2026, 2, 1));

        // Rep 1's GTX: (1,000 + 3,000) / 2 = $2,000.
        assertThat(amounts.estimate(1, "GTX")).isEqualTo(200_000);
        // Rep 2 has not won Other; the team has: $500.
        assertThat(amounts.estimate(2, "Other")).isEqualTo(50_000);
        // Nobody has won Pro by then: rep 1's average, (1,000 + 3,000 + 500) / 3 = $1,500.
        assertThat(amounts.estimate(1, "Pro")).isEqualTo(150_000);
        // Rep 3 has won nothing: the team's average, 14,500 / 4 = $3,625; so for a deal without a product.
        assertThat(amounts.estimate(3, "Pro")).isEqualTo(362_500);
        assertThat(amounts.estimate(3, null)).isEqualTo(362_500);
        assertThat(amounts.wonBy(1)).containsExactly(100_000L, 300_000L, 50_000L);
        assertThat(amounts.wonBy(3)).isEmpty();
        assertThat(amounts.wonByTeam()).containsExactly(100_000L, 300_000L, 50_000L, 1_000_000L);
        assertThat(new ForecastModel.Amounts(List.of(), LocalDate.of(2026, 2, 1)).estimate(1, "GTX")).isZero();
    }

    @Test
    void aPeriodsKindInWords() {
        assertThat(List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-11", "2026-12", "2026-Q3", "2026").stream()
                .map(p -> ForecastModel.kind(SalesPeriod.parse(p)))).containsExactly("the first month of a quarter",
                "the second month of a quarter", "the last month of a quarter", "the first month of a quarter",
                "the second month of a quarter", "the last month of a quarter", "a quarter", "a year");
    }

    @Test
    void withoutHistoryEveryRepIsStillListedAtWhatTheyWonToDate() {
        Outlook o = ForecastModel.forecast(List.of(won(1, "GTX", 700, "2026-01-02", "2026-01-09"),
                open(2, "GTX", "2026-01-03")), ForecastModelTest.REPS, SalesPeriod.parse("2026-01"),
                LocalDate.parse("2026-01-20"), "Engaging", 100, ForecastModel.SEED);

        assertThat(o.reps().keySet()).containsExactly(ForecastModelTest.ANNA, ForecastModelTest.BEN);
        assertThat(o.reps().get(ForecastModelTest.ANNA).dist().wonToDate()).isEqualTo(70_000);
        assertThat(o.reps().get(ForecastModelTest.BEN).dist().wonToDate()).isZero();
    }

    @Test
    void theStructuresWeightsOfEachPartAddUpToOne() {
        Outlook o = ForecastModel.forecast(ForecastModelTest.history(), ForecastModelTest.REPS,
                SalesPeriod.parse("2026-01"), LocalDate.parse("2025-12-31"), "Engaging", 100, ForecastModel.SEED);

        ForecastModel.Structure st = o.structure();
        assertThat(st.pipeline().values()).allSatisfy(w -> assertThat(w).isBetween(0.0, 1.0));
        assertThat(st.pipeline().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
        assertThat(st.fresh().values()).allSatisfy(w -> assertThat(w).isBetween(0.0, 1.0));
        assertThat(st.fresh().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
    }

    @Test
    void theAverageOfAmountsIsRoundedAndOfNoneZero() {
        assertThat(ForecastModel.average(new long[0])).isZero();
        // (1 + 2) / 2 = 1.5 → 2; (100 + 200 + 400) / 3 = 233.3 → 233.
        assertThat(ForecastModel.average(new long[] {1, 2})).isEqualTo(2);
        assertThat(ForecastModel.average(new long[] {100, 200, 400})).isEqualTo(233);
    }

    /**
     * Two replays' open deals by age (open, closed, won): 0 months (10, 5, 2) and (12, 7, 3), 2 months (4, 3, 3),
     * 4 and 6 months never closed. Pooled: age 0 (22, 12, 5), age 2 (4, 3, 3); 31 open, 15 closed, 8 won. The oldest
     * age that ever closed is 2; older ages pool as (5, 0, 0). Rep 1 won 1 of 10 closes, rep 2 9 of 10.
     */
    private static ForecastModel.AgeTable table() {
        SalesPeriod q = SalesPeriod.parse("2025-Q1");
        LocalDate day = q.start();
        Replay r1 = new Replay(q, day, day, java.util.Map.of(1L, rep(6, 1), 2L, rep(5, 4)), java.util.Map.of(
                0, new Replay.Ages(10, 5, 2), 2, new Replay.Ages(4, 3, 3), 4, new Replay.Ages(2, 0, 0)));
        Replay r2 = new Replay(q.next(), day, day, java.util.Map.of(1L, rep(4, 0), 2L, rep(5, 5)), java.util.Map.of(
                0, new Replay.Ages(12, 7, 3), 6, new Replay.Ages(3, 0, 0)));
        return ForecastModel.AgeTable.of(List.of(r1, r2), List.of(1L, 2L));
    }

    private static Replay.Rep rep(int closes, int wins) {
        return new Replay.Rep(true, wins, 0, List.of(), closes, wins, closes);
    }

    @Test
    void anAgesCloseRateAndWinShareComeFromItsOwnCountsElseFromAllOrTheOlderPool() {
        ForecastModel.AgeTable t = table();

        // Age 0: 12 of 22 closed, 5 of 12 won; age 2: 3 of 4, 3 of 3.
        assertThat(t.closeRate(0)).isCloseTo(12.0 / 22, within(1e-12));
        assertThat(t.winShare(0)).isCloseTo(5.0 / 12, within(1e-12));
        assertThat(t.closeRate(2)).isCloseTo(0.75, within(1e-12));
        assertThat(t.winShare(2)).isEqualTo(1.0);
        // Age 1 was never open: all ages, 15 of 31 closed and 8 of 15 won.
        assertThat(t.closeRate(1)).isCloseTo(15.0 / 31, within(1e-12));
        assertThat(t.winShare(1)).isCloseTo(8.0 / 15, within(1e-12));
        assertThat(t.overallWinShare()).isCloseTo(8.0 / 15, within(1e-12));
        // Ages past 2 pool as (5, 0, 0): none closed; the win share falls back to all ages'.
        assertThat(t.closeRate(3)).isZero();
        assertThat(t.closeRate(9)).isZero();
        assertThat(t.winShare(5)).isCloseTo(8.0 / 15, within(1e-12));

        ForecastModel.AgeTable empty = ForecastModel.AgeTable.of(List.of(), List.of(1L));
        assertThat(empty.closeRate(0)).isZero();
        assertThat(empty.winShare(0)).isZero();
    }

    @Test
    void aRepsWinShareMovesTheTeamsByTheRepsShrunkOddsAgainstTheTeams() {
        ForecastModel.AgeTable t = table();

        // Strength: p = 10 / 20 = ½; spread (10 × 0.4² + 10 × 0.4²) / 20 = 0.16, noise ¼ × 2 / 20 = 0.025,
        // τ² = 0.135 → κ = 0.25 / 0.135 − 1 = 0.851852.
        assertThat(t.strength()).isCloseTo(0.851852, within(1e-6));
        // Rep 1 shrunk towards 8/15: (1 + 0.851852 × 0.533333) / 10.851852 = 0.134016. At age 0 (team 5/12):
        // odds (5/7) × (0.134016 / 0.865984) / (8/7) = 0.096722 → 0.096722 / 1.096722 = 0.088192.
        assertThat(t.repWinShare(1, 0)).isCloseTo(0.088192, within(1e-6));
        // Rep 2: (9 + 0.454321) / 10.851852 = 0.871217 → odds 4.228136 → 0.808727.
        assertThat(t.repWinShare(2, 0)).isCloseTo(0.808727, within(1e-6));
        // Where the team won every close there is nothing to move: 1.
        assertThat(t.repWinShare(1, 2)).isEqualTo(1.0);
    }
}
