package dev.frontline.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Outcome;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The coaching focus on hand-worked fixtures: one window per measure, targets better than the baseline and no better
 * than the team's better half, no weakness at a ceiling or when healthy in absolute terms.
 */
class FocusMathTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Window YEAR = new Window(LocalDate.of(2026, 1, 1), TODAY);
    private static final Map<String, String> NAMES = Map.of("closing", "Closing", "negotiation", "Negotiation",
            "product_knowledge", "Product knowledge", "account_planning", "Account planning",
            "pipeline_discipline", "Pipeline discipline", "prospecting", "Prospecting", "qualification",
            "Qualification and discovery", "collaboration", "Collaboration");

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static FocusMath.Measure measure(PlanMetric metric, @Nullable String segment, String rep, int deals,
                                             String team, @Nullable String best, @Nullable String betterHalf) {
        return new FocusMath.Measure(metric, segment, YEAR, FocusMath.RECORD_WORDS, d(rep), deals, d(team),
                best == null ? null : d(best), betterHalf == null ? null : d(betterHalf));
    }

    private static DealFact won(long id, long owner, String amount, String closed) {
        return new DealFact(id, owner, "GTX Pro", "retail", "Won", 3, Outcome.WON, d(amount), d(amount),
                LocalDate.parse(closed).minusDays(40), LocalDate.parse(closed).minusDays(40), LocalDate.parse(closed));
    }

    private static DealFact lost(long id, long owner, String closed) {
        return new DealFact(id, owner, "GTX Pro", "retail", "Lost", 4, Outcome.LOST, d("0"), d("0"),
                LocalDate.parse(closed).minusDays(30), LocalDate.parse(closed).minusDays(30), LocalDate.parse(closed));
    }

    // ---- targets ----

    @Test
    void aTargetIsHalfWayToTheTeamsBetterHalfButAtMostOneStepFromTheBaseline() {
        // $709 against a better half of $2,354: half-way is $1,531.50, one step (+25%) is $886.25 → $886.
        assertThat(FocusMath.target(PlanMetric.AVG_DEAL, d("709"), d("2354"))).isEqualByComparingTo("886");
        // $1,000 against $1,100: half-way $1,050 is nearer than the step ($1,250).
        assertThat(FocusMath.target(PlanMetric.AVG_DEAL, d("1000"), d("1100"))).isEqualByComparingTo("1050");
        // 50% against 80%: half-way 65% is beyond the 10-point step, so 60%.
        assertThat(FocusMath.target(PlanMetric.CONVERSION, d("50"), d("80"))).isEqualByComparingTo("60.0");
        // 38% against 45.04%: half-way 41.52% → 41.5%.
        assertThat(FocusMath.target(PlanMetric.CONVERSION, d("38"), d("45.04"))).isEqualByComparingTo("41.5");
        // Cycle 60 days against 40: half-way 50 is nearer than the 20% step (48).
        assertThat(FocusMath.target(PlanMetric.MEDIAN_CYCLE, d("60"), d("40"))).isEqualByComparingTo("50.0");
        // Cycle 60 against 55: half-way 57.5, told in whole days → 58.
        assertThat(FocusMath.target(PlanMetric.MEDIAN_CYCLE, d("60"), d("55"))).isEqualByComparingTo("58");
        // Cycle 40.4 (shown 40) against 38.9: half-way 39.65 → 40 is no better than the 40 shown, so one day less.
        assertThat(FocusMath.target(PlanMetric.MEDIAN_CYCLE, d("40.4"), d("38.9"))).isEqualByComparingTo("39");
        // Win rate 64.96% (shown 65.0%) against 66.0%: half-way 65.48 → 65.5, better than shown.
        assertThat(FocusMath.target(PlanMetric.CONVERSION, d("64.96"), d("66.0"))).isEqualByComparingTo("65.5");
        // No pipeline yet: half of the better half's $40,000, no percentage step from zero.
        assertThat(FocusMath.target(PlanMetric.PIPELINE_CREATED, d("0"), d("40000"))).isEqualByComparingTo("20000");
    }

    @Test
    void thereIsNoTargetAtTheCeilingOrAtTheBetterHalf() {
        assertThat(FocusMath.target(PlanMetric.CONVERSION, d("100"), d("100"))).isNull();
        assertThat(FocusMath.target(PlanMetric.AVG_DEAL, d("2400"), d("2400"))).isNull();
        assertThat(FocusMath.target(PlanMetric.AVG_DEAL, d("2500"), d("2400"))).isNull();
        assertThat(FocusMath.target(PlanMetric.MEDIAN_CYCLE, d("40"), d("45"))).isNull();
        assertThat(FocusMath.target(PlanMetric.CONVERSION, null, d("60"))).isNull();
        assertThat(FocusMath.target(PlanMetric.CONVERSION, d("60"), null)).isNull();
        // Less than a point, a day or 2% from the better half is where the better reps are: no plan for a sliver.
        assertThat(FocusMath.target(PlanMetric.CONVERSION, d("64.7"), d("64.8"))).isNull();
        assertThat(FocusMath.target(PlanMetric.MEDIAN_CYCLE, d("40.5"), d("40"))).isNull();
        assertThat(FocusMath.target(PlanMetric.PIPELINE_CREATED, d("70795"), d("71182"))).isNull();
        // 62.0% against 63.1%: half-way 62.55% → 62.6%.
        assertThat(FocusMath.target(PlanMetric.CONVERSION, d("62.0"), d("63.1"))).isEqualByComparingTo("62.6");
        // A cycle 1.1 days from the better half: half-way 0.55 → 40.0 − 0.55 = 39.45 → 39 in whole days.
        assertThat(FocusMath.target(PlanMetric.MEDIAN_CYCLE, d("40.0"), d("38.9"))).isEqualByComparingTo("39");
        // 40.3 against 39.2: half-way 39.75 → 40, which the page shows as the baseline too (40); 39 would pass the
        // better reps' 39.2: no target a page could tell apart from where the rep is.
        assertThat(FocusMath.target(PlanMetric.MEDIAN_CYCLE, d("40.3"), d("39.2"))).isNull();
    }

    @Test
    void theBetterHalfIsTheMeanOfTheBetterHalfOfTheRepsWhoQualifyAndNeedsFourOfThem() {
        assertThat(FocusMath.betterHalf(PlanMetric.AVG_DEAL, List.of(d("3000"), d("2000"), d("1500"), d("1000"),
                d("500")))).isEqualByComparingTo("2500");
        assertThat(FocusMath.betterHalf(PlanMetric.MEDIAN_CYCLE, List.of(d("30"), d("41"), d("50"), d("60"))))
                .isEqualByComparingTo("36");
        assertThat(FocusMath.betterHalf(PlanMetric.AVG_DEAL, List.of(d("3000"), d("2000"), d("1000")))).isNull();
    }

    // ---- measuring ----

    @Test
    void measuresTheRepTheTeamAndEachQualifyingRepOverTheOneWindow() {
        List<DealFact> deals = new ArrayList<>(List.of(
                won(1, 1, "1000", "2026-03-10"), won(2, 1, "1000", "2026-05-10"), lost(3, 1, "2026-06-01"),
                won(4, 2, "3000", "2026-04-01"), won(5, 2, "1000", "2026-09-01"),
                won(6, 3, "4000", "2026-02-01"), lost(7, 3, "2026-10-01"),
                won(8, 4, "1500", "2026-07-01"), won(9, 4, "2500", "2026-08-01"),
                won(10, 5, "9000", "2026-11-01"),
                won(11, 2, "100000", "2025-12-31")));
        deals.add(new DealFact(12, 1, "GTX Pro", "retail", "Engaging", 2, Outcome.OPEN, d("50000"), d("50000"),
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 15)));

        FocusMath.Measure m = FocusMath.measure(PlanMetric.AVG_DEAL, null, 1, List.of(1L, 2L, 3L, 4L, 5L), deals, YEAR,
                FocusMath.RECORD_WORDS, 2);

        // Rep 1: (1,000 + 1,000) ÷ 2 over 3 closed deals. The team: 23,000 ÷ 8 won in the window (the 2025 deal and
        // the open one left out). Qualified (2+ closed): 4,000, 2,000, 2,000, 1,000; rep 5 has one closed deal.
        assertThat(m.rep()).isEqualByComparingTo("1000");
        assertThat(m.deals()).isEqualTo(3);
        assertThat(m.team()).isEqualByComparingTo("2875");
        assertThat(m.best()).isEqualByComparingTo("4000");
        assertThat(m.betterHalf()).isEqualByComparingTo("3000");
        assertThat(m.name()).isEqualTo("Average won deal");
    }

    // ---- lags ----

    @Test
    void aRepWhoTrailsTheTeamAndCanReachABetterNumberHasALagSaidInItsWindow() {
        FocusMath.Lag lag = FocusMath.lag(measure(PlanMetric.AVG_DEAL, null, "1000", 20, "2875", "4000", "3000"));

        assertThat(lag).isNotNull();
        assertThat(lag.competency()).isEqualTo("negotiation");
        // (2,875 − 1,000) ÷ 2,875 = 65.2% below
        assertThat(lag.evidence()).isEqualTo("Average won deal, last 4 quarters: $1,000 over 20 closed deals "
                + "(the team's better half: $3,000), 65% below the team's $2,875");
    }

    @Test
    void aWinRateOfAHundredPercentOrTheTeamsBestNumberIsNoWeakness() {
        FocusMath.Measure perfect = measure(PlanMetric.CONVERSION, "sector:medical", "100", 9, "100", "100", "95");
        assertThat(FocusMath.atCeiling(perfect)).isTrue();
        assertThat(FocusMath.lag(perfect)).isNull();

        FocusMath.Measure best = measure(PlanMetric.AVG_DEAL, null, "3000", 20, "3600", "3000", "2800");
        assertThat(FocusMath.atCeiling(best)).isTrue();
        assertThat(FocusMath.lag(best)).isNull();
    }

    @Test
    void aRepAtTheTeamsBetterHalfIsNoWeaknessEvenBelowTheWholeTeam() {
        // 18% below the pooled team (one big dealer lifts it), but level with the better half of its reps.
        assertThat(FocusMath.lag(measure(PlanMetric.AVG_DEAL, null, "2400", 20, "2950", "6000", "2400"))).isNull();
        assertThat(FocusMath.lag(measure(PlanMetric.AVG_DEAL, null, "2400", 20, "2950", "6000", null))).isNull();
    }

    @Test
    void thresholdsAndDealCountsDecideWhetherADifferenceCounts() {
        // A product's win rate needs 10 points: 17 counts, 8 does not.
        FocusMath.Lag product = FocusMath.lag(measure(PlanMetric.CONVERSION, "product:GTX Pro", "33.3", 15, "50",
                "70", "62"));
        assertThat(product).isNotNull();
        assertThat(product.key()).isEqualTo("winRate:product:GTX Pro");
        assertThat(product.competency()).isEqualTo("product_knowledge");
        assertThat(product.evidence()).startsWith("Win rate on GTX Pro, last 4 quarters: 33.3% over 15 closed deals")
                .endsWith("16.7 points below the team's 50%");
        assertThat(FocusMath.lag(measure(PlanMetric.CONVERSION, "product:GTX Pro", "42", 15, "50", "70", "62"))).isNull();
        // Overall: 5 points; and at least 10 closed deals.
        assertThat(FocusMath.lag(measure(PlanMetric.CONVERSION, null, "55", 40, "60", "75", "68"))).isNotNull();
        assertThat(FocusMath.lag(measure(PlanMetric.CONVERSION, null, "55", 9, "60", "75", "68"))).isNull();
        // Cycle: 7 days longer.
        assertThat(FocusMath.lag(measure(PlanMetric.MEDIAN_CYCLE, null, "72", 30, "56", "40", "45"))).isNotNull();
        assertThat(FocusMath.lag(measure(PlanMetric.MEDIAN_CYCLE, null, "60", 30, "56", "40", "45"))).isNull();
    }

    @Test
    void coverageOfThreeTimesOrMoreIsHealthyHoweverFarAboveTheTeamIs() {
        FocusMath.Measure created = new FocusMath.Measure(PlanMetric.PIPELINE_CREATED, null, YEAR,
                FocusMath.RECENT_WORDS, d("36000"), 30, d("300000"), d("90000"), d("70000"));
        SalesPeriod q4 = SalesPeriod.parse("2026-Q4");

        assertThat(FocusMath.coverage(new FocusMath.Coverage(q4, d("9.5"), d("20000"), d("46.9")), created)).isNull();
        // 2.9× against 3.5×: thin, but only 17% below the team's.
        assertThat(FocusMath.coverage(new FocusMath.Coverage(q4, d("2.9"), d("20000"), d("3.5")), created)).isNull();
        // No quota left to win: nothing to cover.
        assertThat(FocusMath.coverage(new FocusMath.Coverage(q4, null, d("0"), d("4.6")), created)).isNull();

        FocusMath.Lag thin = FocusMath.coverage(new FocusMath.Coverage(q4, d("1.2"), d("30719"), d("4.6")), created);
        assertThat(thin).isNotNull();
        assertThat(thin.competency()).isEqualTo("prospecting");
        assertThat(thin.evidence()).isEqualTo("Pipeline coverage, this quarter (2026-Q4): the open pipeline due in it "
                + "covers 1.2× of the $30,719 still to win against quota, under 3.0× and below the team's 4.6×");
        assertThat(thin.measure().metric()).isEqualTo(PlanMetric.PIPELINE_CREATED);
    }

    // ---- ranking ----

    @Test
    void aSuggestionQuotesOneWindowAndItsPlanTakesTheSameBaselineAndAReachableTarget() {
        FocusMath.Measure avg = measure(PlanMetric.AVG_DEAL, null, "1000", 20, "2875", "4000", "3000");
        FocusMath.People people = new FocusMath.People(Map.of("negotiation", new FocusMath.Level(2, true),
                "product_knowledge", new FocusMath.Level(4, true)), NAMES, "Enterprise account executive");

        List<FocusItem> items = FocusMath.rank(FocusMath.lags(List.of(avg), null, null), people,
                Map.of(PlanMetric.AVG_DEAL, avg), Map.of(), TODAY);

        FocusItem first = items.get(0);
        assertThat(first.competency()).isEqualTo("negotiation");
        assertThat(first.evidence()).contains("Rated 2 of 5 in negotiation by the manager")
                .contains("Wants to become Enterprise account executive → negotiation matters there.");
        // Half-way to $3,000 is $2,000; one step from $1,000 is $1,250.
        assertThat(first.suggestion()).isEqualTo("Coach negotiation: a 90-day plan to raise the average won deal "
                + "(last 4 quarters) from $1,000 to $1,250, reviewed on 25 Feb 2027.");
        assertThat(first.plan()).isNotNull();
        assertThat(first.plan().baseline()).isEqualByComparingTo("1000");
        assertThat(first.plan().target()).isEqualByComparingTo("1250");
        assertThat(first.plan().baselineFrom()).isEqualTo(YEAR.from());
        assertThat(first.plan().baselineTo()).isEqualTo(TODAY);
        assertThat(first.plan().reviewOn()).isEqualTo(TODAY.plusDays(90));
        assertThat(first.number().value()).isEqualByComparingTo("1000");
        assertThat(first.number().window()).isEqualTo("last 4 quarters");
        assertThat(items).extracting(FocusItem::competency).contains("account_planning");
        assertThat(items).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void everyPlanASuggestionCarriesIsBetterThanItsBaselineAndNoBetterThanTheBetterHalf() {
        Map<PlanMetric, FocusMath.Measure> overall = new EnumMap<>(PlanMetric.class);
        overall.put(PlanMetric.CONVERSION, measure(PlanMetric.CONVERSION, null, "59.6", 80, "61", "75", "70"));
        overall.put(PlanMetric.AVG_DEAL, measure(PlanMetric.AVG_DEAL, null, "1001", 80, "2359", "3900", "3300"));
        overall.put(PlanMetric.MEDIAN_CYCLE, measure(PlanMetric.MEDIAN_CYCLE, null, "72", 80, "56", "41", "46"));
        overall.put(PlanMetric.PIPELINE_CREATED, new FocusMath.Measure(PlanMetric.PIPELINE_CREATED, null,
                new Window(TODAY.minusDays(90), TODAY.minusDays(1)), FocusMath.RECENT_WORDS, d("36168"), 25,
                d("250000"), d("70000"), d("60000")));
        FocusMath.People people = new FocusMath.People(Map.of("closing", new FocusMath.Level(2, true),
                "objection_handling", new FocusMath.Level(2, true), "prospecting", new FocusMath.Level(1, true),
                "pipeline_discipline", new FocusMath.Level(2, true)),
                Map.of("closing", "Closing", "objection_handling", "Objection handling", "prospecting", "Prospecting",
                        "pipeline_discipline", "Pipeline discipline", "negotiation", "Negotiation"), "Senior AE");

        List<FocusItem> items = FocusMath.rank(FocusMath.lags(List.copyOf(overall.values()), null, null), people,
                overall, Map.of(), TODAY);

        assertThat(items).isNotEmpty().allSatisfy(i -> {
            if (i.plan() != null) {
                FocusMath.Measure m = overall.get(i.plan().metric());
                assertThat(PlanMath.better(m.metric(), i.plan().target(), i.plan().baseline())).as(i.area()).isTrue();
                assertThat(PlanMath.better(m.metric(), i.plan().target(), m.betterHalf())).as(i.area()).isFalse();
                assertThat(i.plan().baseline()).isEqualByComparingTo(m.rep());
            }
        });
        assertThat(items).extracting(FocusItem::plan).doesNotContainNull();
    }

    @Test
    void aSuggestionOnANumberAlreadyInAnActivePlanPointsAtThePlan() {
        FocusMath.Measure avg = measure(PlanMetric.AVG_DEAL, null, "1000", 20, "2875", "4000", "3000");
        FocusMath.People people = new FocusMath.People(Map.of(), NAMES, null);

        List<FocusItem> items = FocusMath.rank(FocusMath.lags(List.of(avg), null, null), people,
                Map.of(PlanMetric.AVG_DEAL, avg), Map.of(FocusMath.planKey(PlanMetric.AVG_DEAL, null), 42L), TODAY);

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.inPlan()).isEqualTo(42L);
            assertThat(i.plan()).isNull();
            assertThat(i.suggestion()).contains("already in an active plan");
        });
    }

    @Test
    void aLowRatingWithoutAReachableNumberIsAFocusWithoutAPlan() {
        FocusMath.People people = new FocusMath.People(Map.of("closing", new FocusMath.Level(1, false),
                "negotiation", new FocusMath.Level(2, true)), NAMES, null);
        // The rep's win rate is already the better half's; no deals to measure the deal size on.
        Map<PlanMetric, FocusMath.Measure> overall = Map.of(
                PlanMetric.CONVERSION, measure(PlanMetric.CONVERSION, null, "70", 40, "62", "75", "69"));

        List<FocusItem> items = FocusMath.rank(List.of(), people, overall, Map.of(), TODAY);

        assertThat(items).hasSize(2).allSatisfy(i -> assertThat(i.plan()).isNull());
        FocusItem closing = items.stream().filter(i -> "closing".equals(i.competency())).findFirst().orElseThrow();
        assertThat(closing.evidence()).startsWith("No lag in the numbers points here, but rated 1 of 5 in closing by the rep");
        assertThat(closing.suggestion()).contains("win rate (last 4 quarters), 70%, is already where the team's better "
                + "reps are");
        FocusItem negotiation = items.stream().filter(i -> "negotiation".equals(i.competency())).findFirst().orElseThrow();
        assertThat(negotiation.suggestion()).isEqualTo("Coach negotiation in 1:1s and deal reviews.");
    }

    @Test
    void readsAspirationsIntoCompetencies() {
        assertThat(FocusMath.aspired("Key account manager")).contains("negotiation", "account_planning", "collaboration");
        assertThat(FocusMath.aspired("Sales engineer")).containsExactly("product_knowledge", "presenting");
        assertThat(FocusMath.aspired(null)).isEmpty();
    }

    // ---- edges ----

    private static DealFact closed(long id, long owner, String product, Outcome outcome, String closed) {
        LocalDate day = LocalDate.parse(closed);
        return new DealFact(id, owner, product, "retail", outcome == Outcome.WON ? "Won" : "Lost", 3, outcome,
                d("1000"), d("1000"), day.minusDays(40), day.minusDays(40), day);
    }

    @Test
    void aPlansKeyNamesTheMetricAndTheSegmentInLowerCase() {
        assertThat(FocusMath.planKey(PlanMetric.AVG_DEAL, null)).isEqualTo("AVG_DEAL");
        assertThat(FocusMath.planKey(PlanMetric.CONVERSION, "product:GTX Pro")).isEqualTo("CONVERSION|product:gtx pro");
    }

    @Test
    void aSegmentsMeasureCountsOnlyTheSegmentsDeals() {
        // Rep 1 on GTX Pro: won 1, lost 1 → 50% over 2 closed deals (the two Other wins do not count);
        // rep 2: 3 of 3 → 100%. The team on GTX Pro: 4 of 5 → 80%. Two qualify: best 100%, no better half.
        List<DealFact> deals = List.of(closed(1, 1, "GTX Pro", Outcome.WON, "2026-03-01"),
                closed(2, 1, "GTX Pro", Outcome.LOST, "2026-04-01"), closed(3, 1, "Other", Outcome.WON, "2026-05-01"),
                closed(4, 1, "Other", Outcome.WON, "2026-06-01"), closed(5, 2, "GTX Pro", Outcome.WON, "2026-03-01"),
                closed(6, 2, "GTX Pro", Outcome.WON, "2026-04-01"), closed(7, 2, "GTX Pro", Outcome.WON, "2026-05-01"));

        FocusMath.Measure m = FocusMath.measure(PlanMetric.CONVERSION, "product:GTX Pro", 1, List.of(1L, 2L), deals,
                YEAR, FocusMath.RECORD_WORDS, 1);

        assertThat(m.rep()).isEqualByComparingTo("50");
        assertThat(m.deals()).isEqualTo(2);
        assertThat(m.team()).isEqualByComparingTo("80");
        assertThat(m.best()).isEqualByComparingTo("100");
        assertThat(m.betterHalf()).isNull();
        assertThat(m.name()).isEqualTo("Win rate on GTX Pro");
    }

    @Test
    void pipelineCreatedCountsTheDealsCreatedInTheWindow() {
        // Created 40 days before their close: 29 Jan and 31 Mar 2026 are in the window, 11 Dec 2025 is not → 2 deals,
        // $2,000.
        List<DealFact> deals = List.of(closed(1, 1, "GTX Pro", Outcome.WON, "2026-03-10"),
                closed(2, 1, "GTX Pro", Outcome.LOST, "2026-05-10"), closed(3, 1, "GTX Pro", Outcome.WON, "2026-01-20"));

        FocusMath.Measure m = FocusMath.measure(PlanMetric.PIPELINE_CREATED, null, 1, List.of(1L), deals, YEAR,
                FocusMath.RECENT_WORDS, 1);

        assertThat(m.deals()).isEqualTo(2);
        assertThat(m.rep()).isEqualByComparingTo("2000");
    }

    @Test
    void aWinRateOfExactlyAHundredIsAtTheCeilingAndNoNumberIsNot() {
        assertThat(FocusMath.atCeiling(measure(PlanMetric.CONVERSION, null, "100", 20, "90", null, null))).isTrue();
        assertThat(FocusMath.atCeiling(measure(PlanMetric.CONVERSION, null, "99.9", 20, "90", null, null))).isFalse();
        assertThat(FocusMath.atCeiling(new FocusMath.Measure(PlanMetric.AVG_DEAL, null, YEAR, FocusMath.RECORD_WORDS,
                null, 0, d("1000"), d("2000"), d("1500")))).isFalse();
    }

    @Test
    void aLagCountsFromExactlyItsThresholdAndItsMinimumOfDeals() {
        // Win rate 55 vs 60 over exactly 10 closed deals: 5 points, weight 5 ÷ 5 = 1.
        FocusMath.Lag conversion = FocusMath.lag(measure(PlanMetric.CONVERSION, null, "55", 10, "60", "75", "68"));
        assertThat(conversion).isNotNull();
        assertThat(conversion.weight()).isEqualTo(1.0);
        assertThat(conversion.key()).isEqualTo("winRate");
        assertThat(conversion.competency()).isEqualTo("closing");
        // A sector on exactly 8 closed deals, 12 points below: account planning, weight 12 ÷ 10.
        FocusMath.Lag sector = FocusMath.lag(measure(PlanMetric.CONVERSION, "sector:retail", "48", 8, "60", "80", "70"));
        assertThat(sector).isNotNull();
        assertThat(sector.key()).isEqualTo("winRate:sector:retail");
        assertThat(sector.competency()).isEqualTo("account_planning");
        assertThat(sector.weight()).isEqualTo(1.2);
        // Average deal $850 vs $1,000: exactly 15% below, weight 1.
        FocusMath.Lag deal = FocusMath.lag(measure(PlanMetric.AVG_DEAL, null, "850", 20, "1000", "2000", "1500"));
        assertThat(deal).isNotNull();
        assertThat(deal.weight()).isEqualTo(1.0);
        assertThat(deal.evidence()).endsWith(", 15% below the team's $1,000");
        // Cycle 63 vs 56 days: exactly 7 longer, weight 1.
        FocusMath.Lag cycle = FocusMath.lag(measure(PlanMetric.MEDIAN_CYCLE, null, "63", 30, "56", "40", "45"));
        assertThat(cycle).isNotNull();
        assertThat(cycle.competency()).isEqualTo("pipeline_discipline");
        assertThat(cycle.weight()).isEqualTo(1.0);
        assertThat(cycle.evidence()).endsWith(", 7 days longer than the team's 56 days");
        // A team whose average deal is nothing: no percentage to tell.
        assertThat(FocusMath.lag(measure(PlanMetric.AVG_DEAL, null, "1000", 20, "0", "4000", "3000"))).isNull();
        // Pipeline created is never a lag of its own (coverage is).
        assertThat(FocusMath.lag(measure(PlanMetric.PIPELINE_CREATED, null, "1000", 20, "9000", "9000", "8000")))
                .isNull();
    }

    @Test
    void coverageIsThinFromExactlyAQuarterBelowTheTeamAndHealthyFromExactlyThree() {
        FocusMath.Measure created = new FocusMath.Measure(PlanMetric.PIPELINE_CREATED, null, YEAR,
                FocusMath.RECENT_WORDS, d("36000"), 30, d("300000"), d("90000"), d("70000"));
        SalesPeriod q4 = SalesPeriod.parse("2026-Q4");

        // 2.1× against 2.8×: (2.8 − 2.1) ÷ 2.8 = 25.0% below → thin, weight 25 ÷ 25 = 1.
        FocusMath.Lag thin = FocusMath.coverage(new FocusMath.Coverage(q4, d("2.1"), d("20000"), d("2.8")), created);
        assertThat(thin).isNotNull();
        assertThat(thin.weight()).isEqualTo(1.0);
        // Exactly 3× is healthy; a team without coverage and a rep without any: nothing, and 0× of it.
        assertThat(FocusMath.coverage(new FocusMath.Coverage(q4, d("3"), d("20000"), d("10")), created)).isNull();
        assertThat(FocusMath.coverage(new FocusMath.Coverage(q4, d("1"), d("20000"), d("0")), created)).isNull();
        assertThat(FocusMath.coverage(new FocusMath.Coverage(q4, null, d("20000"), d("2")), created).evidence())
                .contains("covers 0.0× of the $20,000");

        // lags() adds the coverage lag only with pipeline created to plan on.
        FocusMath.Coverage c = new FocusMath.Coverage(q4, d("2.1"), d("20000"), d("2.8"));
        assertThat(FocusMath.lags(List.of(), c, created)).extracting(FocusMath.Lag::key).containsExactly("coverage");
        assertThat(FocusMath.lags(List.of(), c, null)).isEmpty();
        assertThat(FocusMath.lags(List.of(), new FocusMath.Coverage(q4, d("3"), d("20000"), d("10")), created))
                .isEmpty();
    }

    @Test
    void aTargetExactlyOnePointFromTheBetterHalfExistsAndOneRoundedAwayMovesByAUnit() {
        // 60% against 61%: exactly the smallest distance → half-way 60.5%.
        assertThat(FocusMath.target(PlanMetric.CONVERSION, d("60"), d("61"))).isEqualByComparingTo("60.5");
        // $0.30 against $1.30: the 25% step is $0.375, whole dollars $0 — not better, so one dollar up: $1.
        assertThat(FocusMath.target(PlanMetric.AVG_DEAL, d("0.3"), d("1.3"))).isEqualByComparingTo("1");
    }

    @Test
    void theScoreAddsTheLagTheRatingAndTheAspirationAndOrdersTheList() {
        // Wants to become "Senior solutions lead": lead → collaboration, pipeline discipline; senior → negotiation,
        // closing; solution → product knowledge, presenting (not a competency here).
        FocusMath.Measure avg = measure(PlanMetric.AVG_DEAL, null, "1000", 20, "2875", "4000", "3000");
        List<FocusMath.Lag> lags = List.of(
                new FocusMath.Lag("avgWonDeal", "Average won deal", "negotiation", 4.0, "E1", avg),
                new FocusMath.Lag("cycle", "Median cycle", "pipeline_discipline", 1.2, "E2", avg),
                new FocusMath.Lag("winRate:sector:retail", "Win rate in retail", "account_planning", 0.5, "E3", avg));
        FocusMath.People people = new FocusMath.People(Map.of("negotiation", new FocusMath.Level(3, true),
                "pipeline_discipline", new FocusMath.Level(4, false), "prospecting", new FocusMath.Level(2, true),
                "collaboration", new FocusMath.Level(3, true), "closing", new FocusMath.Level(4, true)), NAMES,
                "Senior solutions lead");

        List<FocusItem> items = FocusMath.rank(lags, people, Map.of(), Map.of(), TODAY);

        // negotiation: min(3, 4.0) + 0.3 (rated 3) + 0.5 (wanted) = 3.8; prospecting, no lag: 0.5 + 1 (rated 2) = 1.5;
        // pipeline discipline: 1.2 − 0.3 (rated 4) + 0.5 = 1.4; collaboration, wanted and rated 3: 1 + 0.3 = 1.3;
        // product knowledge, wanted and not rated: 1; account planning: 0.5, not rated. Closing, wanted but rated
        // 4, is no focus.
        assertThat(items).extracting(i -> i.competency() + " " + i.score()).containsExactly("negotiation 3.8",
                "prospecting 1.5", "pipeline_discipline 1.4", "collaboration 1.3", "product_knowledge 1.0",
                "account_planning 0.5");
        assertThat(items).extracting(FocusItem::evidence).containsExactly(
                "E1. Rated 3 of 5 in negotiation by the manager. Wants to become Senior solutions lead → negotiation "
                        + "matters there.",
                "No lag in the numbers points here, but rated 2 of 5 in prospecting by the manager.",
                "E2. Rated 4 of 5 in pipeline discipline by the rep (the manager has not rated it): the skill is "
                        + "there, so look at the deals themselves. Wants to become Senior solutions lead → pipeline "
                        + "discipline matters there.",
                "Wants to become Senior solutions lead: collaboration matters there. Rated 3 of 5 in collaboration by "
                        + "the manager.",
                "Wants to become Senior solutions lead: product knowledge matters there. Not rated yet.",
                "E3. Account planning is not rated yet.");
        assertThat(items.get(1).suggestion()).isEqualTo("Coach prospecting in 1:1s and deal reviews.");
    }
}
