package dev.frontline.forecast;

import static dev.frontline.forecast.Deals.lost;
import static dev.frontline.forecast.Deals.open;
import static dev.frontline.forecast.Deals.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontline.shared.SalesPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The model on small histories whose answers can be worked out by hand. Months of a kind: January, April, July and
 * October are first months of a quarter.
 */
class ForecastModelTest {

    static final long ANNA = 1;
    static final long BEN = 2;
    static final List<ForecastModel.Rep> REPS = List.of(new ForecastModel.Rep(ANNA, "Anna A"), new ForecastModel.Rep(BEN, "Ben B"));

    /**
     * Each first month of a quarter in 2025 (Jan, Apr, Jul, Oct): both reps start it with four deals created the
     * month before; in the month Anna wins three and loses one, Ben wins one and loses one and keeps two open for
     * ever. Nobody creates and wins a deal inside the month.
     */
    static List<Fact> history() {
        List<Fact> facts = new ArrayList<>();
        for (int month : new int[] {1, 4, 7, 10}) {
            LocalDate start = LocalDate.of(2025, month, 1);
            String created = start.minusMonths(1).withDayOfMonth(10).toString();
            String closed = start.withDayOfMonth(15).toString();
            facts.add(won(ANNA, "GTX", 1_000, created, closed));
            facts.add(won(ANNA, "GTX", 1_000, created, closed));
            facts.add(won(ANNA, "GTX", 1_000, created, closed));
            facts.add(lost(ANNA, "GTX", created, closed));
            facts.add(won(BEN, "GTX", 3_000, created, closed));
            facts.add(lost(BEN, "GTX", created, closed));
            facts.add(open(BEN, "GTX", created));
            facts.add(open(BEN, "GTX", created));
        }
        return facts;
    }

    private static Outlook forecast(List<Fact> facts, String period, String asOf) {
        return ForecastModel.forecast(facts, REPS, SalesPeriod.parse(period), LocalDate.parse(asOf), "Engaging", 4000,
                ForecastModel.SEED);
    }

    @Test
    void learnsFromEveryEarlierPeriodRecordedInFull() {
        List<Fact> facts = new ArrayList<>(history());
        facts.add(open(ANNA, "GTX", "2025-12-05"));
        Outlook o = forecast(facts, "2026-01", "2025-12-31");

        // Closes are recorded from 15 January 2025, so January is not recorded in full: February to December 2025
        // are the windows, each month validated on the months before it but the oldest.
        assertThat(o.references()).isEqualTo(11);
        assertThat(o.history()).isTrue();
        assertThat(o.structure().validations()).isEqualTo(10);
        assertThat(forecast(facts, "2025-02", "2025-01-31").history()).isFalse();
    }

    @Test
    void aDealsOddsAreItsAgesCloseRateTimesTheRepsShrunkWinShare() {
        List<Fact> facts = new ArrayList<>(history());
        facts.add(open(ANNA, "GTX", "2025-12-05"));
        facts.add(open(BEN, "GTX", "2025-12-05"));
        Outlook o = forecast(facts, "2026-01", "2025-12-31");

        // The new deals are 0 months old on 31 Dec; at the end of each reference month's previous month the deals
        // created that month were 0 months old too: 6 of 8 closed. Of those closes the team won 4 of 6; Anna 3 of 4,
        // Ben 1 of 2 in each month, 9 of 12 and 3 of 6 over the three — each is pulled towards the team's 4 of 6.
        Outlook.DealOutlook anna = o.reps().get(ANNA).deals().get(0);
        Outlook.DealOutlook ben = o.reps().get(BEN).deals().stream().filter(d -> d.ageMonths() == 0).findFirst().orElseThrow();
        assertThat(anna.closeRate()).isCloseTo(6 / 8.0, within(1e-9));
        assertThat(anna.teamWinShare()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(anna.winShare()).isBetween(4 / 6.0, 12 / 16.0);
        assertThat(ben.winShare()).isBetween(4 / 8.0, 4 / 6.0);
    }

    @Test
    void dealsOlderThanAnyThatEverClosedArePooledAndRarelyWon() {
        List<Fact> facts = new ArrayList<>(history());
        Outlook o = forecast(facts, "2026-01", "2025-12-31");

        // Ben's never-closing deals are 3 to 13 months old now; in the references none of that age closed.
        assertThat(o.reps().get(BEN).deals()).isEmpty();
    }

    /**
     * Every month of 2025 Anna starts with eight deals created on the 10th of the month before and closes all of them
     * on the 15th: six won in the last month of a quarter, one won in the other months. The months of the same kind
     * say six for December; the last three months, a mix of kinds, say (1 + 1 + 6) / 24 of eight deals, 2.7. The
     * validations at each earlier month show which is right.
     */
    @Test
    void aHistoryThatSwingsWithTheQuarterWeightsTheSameKindOfMonth() {
        List<Fact> facts = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate start = LocalDate.of(2025, month, 1);
            String created = start.minusMonths(1).withDayOfMonth(10).toString();
            String closed = start.withDayOfMonth(15).toString();
            int won = month % 3 == 0 ? 6 : 1;
            for (int i = 0; i < 8; i++) {
                facts.add(i < won ? won(ANNA, "GTX", 1_000, created, closed) : lost(ANNA, "GTX", created, closed));
            }
        }
        // As of 30 November, December's eight deals are open: what happens to them is the future.
        Outlook o = forecast(facts, "2025-12", "2025-11-30");

        Map<ForecastModel.PipelineWay, Double> weights = o.structure().pipeline();
        assertThat(weights.get(ForecastModel.PipelineWay.SAME_KIND) + weights.get(ForecastModel.PipelineWay.SCALED))
                .isGreaterThan(0.9);
        assertThat(o.reps().get(ANNA).pipelineOdds()).isCloseTo(6, within(0.5));
    }

    /**
     * Anna creates deals on the 5th of every month of 2025 and wins them all on the 20th, 25% more every month (2, 2,
     * 3, 4, 5, 6, 8, 10, 12, 15, 19, 23). A forecast of the last few months' level would say about 19 for January; the
     * trend of deal creation says more than December's 23, and the validations weight it.
     */
    @Test
    void aGrowingHistoryWeightsTheTrend() {
        List<Fact> facts = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            long deals = Math.round(2 * Math.pow(1.25, month - 1));
            for (int i = 0; i < deals; i++) {
                facts.add(won(ANNA, "GTX", 1_000, LocalDate.of(2025, month, 5).toString(),
                        LocalDate.of(2025, month, 20).toString()));
            }
        }
        Outlook o = forecast(facts, "2026-01", "2025-12-31");

        Map<ForecastModel.NewWay, Double> weights = o.structure().fresh();
        assertThat(weights.get(ForecastModel.NewWay.TREND)).isGreaterThan(0.5);
        assertThat(o.reps().get(ANNA).newRate()).isGreaterThan(23);
    }

    @Test
    void aForecastSeesOnlyWhatWasKnownOnItsDay() {
        List<Fact> all = new ArrayList<>(history());
        all.add(open(ANNA, "GTX", "2025-12-05"));
        // What happened after 31 December: a deal Anna created in January and won, and Ben's deal closing.
        all.add(won(ANNA, "GTX", 50_000, "2026-01-03", "2026-01-20"));
        Fact later = won(BEN, "GTX", 90_000, "2025-12-06", "2026-01-25");
        all.add(later);
        List<Fact> knownThen = new ArrayList<>(history());
        knownThen.add(all.get(history().size()));
        knownThen.add(Objects.requireNonNull(later.asOf(LocalDate.parse("2025-12-31"), "Engaging")));

        Outlook withFuture = forecast(all, "2026-01", "2025-12-31");
        Outlook withoutFuture = forecast(knownThen, "2026-01", "2025-12-31");

        assertThat(withFuture.team().draws()).isEqualTo(withoutFuture.team().draws());
        assertThat(later.asOf(LocalDate.parse("2025-12-31"), "Engaging").amountCents()).isNull();
    }

    @Test
    void theSameDataGivesTheSameForecast() {
        List<Fact> facts = new ArrayList<>(history());
        facts.add(open(ANNA, "GTX", "2025-12-05"));

        assertThat(forecast(facts, "2026-Q1", "2026-02-10").team().draws())
                .isEqualTo(forecast(facts, "2026-Q1", "2026-02-10").team().draws());
    }

    @Test
    void withoutAnEarlierPeriodLikeThisOneTheForecastIsWhatIsWonToDate() {
        List<Fact> facts = List.of(won(ANNA, "GTX", 700, "2026-01-02", "2026-01-09"), open(ANNA, "GTX", "2026-01-03"));
        Outlook o = forecast(facts, "2026-01", "2026-01-20");

        assertThat(o.history()).isFalse();
        assertThat(o.team().p10()).isEqualTo(70_000);
        assertThat(o.team().p90()).isEqualTo(70_000);
    }

    @Test
    void aRepWithoutDealsIsForecastAtNothing() {
        Outlook o = forecast(history(), "2026-01", "2025-12-31");
        Outlook withCara = ForecastModel.forecast(history(),
                List.of(REPS.get(0), REPS.get(1), new ForecastModel.Rep(3, "Cara C")), SalesPeriod.parse("2026-01"),
                LocalDate.parse("2025-12-31"), "Engaging", 1000, 1);

        assertThat(withCara.reps().get(3L).dist().p90()).isZero();
        assertThat(o.reps()).hasSize(2);
    }
}
