package dev.frontline.forecast;

import static dev.frontline.forecast.Deals.open;
import static dev.frontline.forecast.Deals.won;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.pipeline.Outcome;
import dev.frontline.shared.SalesPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BaselinesTest {

    @Test
    void stagesTakeSalesforcesDefaultProbabilitiesAndEngagingTheMedianOfTheWorkingStages() {
        assertThat(Baselines.probability("Prospecting", Outcome.OPEN)).isEqualTo(10);
        assertThat(Baselines.probability("Negotiation/Review", Outcome.OPEN)).isEqualTo(90);
        assertThat(Baselines.probability("Engaging", Outcome.OPEN)).isEqualTo(60);
        assertThat(Baselines.probability("Closed Won", Outcome.WON)).isEqualTo(100);
        assertThat(Baselines.probability("Lost", Outcome.LOST)).isZero();
        List<Integer> working = List.of(10, 20, 50, 60, 70, 75, 90);
        assertThat(working.get(working.size() / 2)).isEqualTo(Baselines.ENGAGED);
    }

    @Test
    void weightedPipelineCountsDealsExpectedInThePeriodAtListPriceTimesProbability() {
        // Won cycles: 2 and 2 months, so a deal is expected two months after the month it was created.
        List<Fact> facts = List.of(
                won(1, "GTX", 100, "2025-01-10", "2025-03-05"),
                won(1, "GTX", 100, "2025-02-10", "2025-04-05"),
                open(1, "GTX", "2025-04-20"),   // expected in June: counts
                open(1, "GTX", "2025-05-02"),   // expected in July: not this period
                open(1, "MG", "2025-04-28"));   // expected in June: counts, at MG's price
        long wp = Baselines.weightedPipeline(facts, Set.of(1L), SalesPeriod.parse("2025-06"), LocalDate.parse("2025-05-31"),
                Map.of("GTX", 50_000L, "MG", 10_000L));

        assertThat(Baselines.medianWonCycleMonths(facts, Set.of(1L), LocalDate.parse("2025-05-31"))).isEqualTo(2);
        assertThat(wp).isEqualTo(Math.round(50_000 * 0.6) + Math.round(10_000 * 0.6));
    }

    @Test
    void runRateAveragesTheLastThreePeriodsRecordedInFull() {
        List<Fact> facts = List.of(
                won(1, "GTX", 100, "2025-01-01", "2025-02-10"),
                won(1, "GTX", 200, "2025-01-01", "2025-03-10"),
                won(1, "GTX", 400, "2025-01-01", "2025-04-10"),
                won(1, "GTX", 800, "2025-01-01", "2025-05-10"));

        assertThat(Baselines.runRate(facts, Set.of(1L), SalesPeriod.parse("2025-06"), LocalDate.parse("2025-02-10")))
                .isEqualTo(Math.round((20_000 + 40_000 + 80_000) / 3.0));
        // Recorded in full from 1 April only: April and May.
        assertThat(Baselines.runRate(facts, Set.of(1L), SalesPeriod.parse("2025-06"), LocalDate.parse("2025-04-01")))
                .isEqualTo((40_000 + 80_000) / 2);
    }
}
