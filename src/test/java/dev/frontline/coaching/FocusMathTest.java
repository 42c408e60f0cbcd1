package dev.frontline.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import dev.frontline.organization.Title;
import dev.frontline.results.Breakdown;
import dev.frontline.results.Figures;
import dev.frontline.results.FunnelStep;
import dev.frontline.results.RepRecord;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FocusMathTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Map<String, String> NAMES = Map.of("closing", "Closing", "negotiation", "Negotiation",
            "product_knowledge", "Product knowledge", "account_planning", "Account planning",
            "pipeline_discipline", "Pipeline discipline", "prospecting", "Prospecting", "qualification",
            "Qualification and discovery", "collaboration", "Collaboration");

    private static Figures figures(int won, int lost, String winRate, String avgDeal, String cycle, String gap,
                                   String coverage) {
        return new Figures(BigDecimal.valueOf(won * 1000L), won, lost, new BigDecimal(winRate), new BigDecimal(avgDeal),
                new BigDecimal(cycle), null, null, null, null, gap == null ? null : new BigDecimal(gap),
                BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, coverage == null ? null : new BigDecimal(coverage), 0,
                BigDecimal.ZERO);
    }

    private static Breakdown slice(String key, int won, int lost, String winRate) {
        return new Breakdown(key, BigDecimal.ZERO, won, lost, new BigDecimal(winRate), null, BigDecimal.ZERO, 0);
    }

    /** A rep who trails the team on GTX Pro (−20 points), deal size (−25%) and cycle (+14 days), not on conversion. */
    private static RepRecord record() {
        Member rep = new Member(1, "ann.rep", "Ann Rep", "Ann", "Rep", Title.REP, 9L, "Team", 3L, "East");
        TeamSummary team = new TeamSummary(9, "Team", 3, "East", 2L, "Max Manager", "max.manager", 5);
        Figures mine = figures(30, 20, "60.0", "1500", "60", "10000", "0.5");
        Figures theirs = figures(150, 100, "60.0", "2000", "46", "40000", "2.0");
        SalesPeriod q4 = SalesPeriod.parse("2026-Q4");
        return new RepRecord(rep, team, 5, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), TODAY, mine, theirs,
                List.of(slice("GTX Pro", 5, 10, "33.3"), slice("MG Special", 10, 5, "66.7")),
                List.of(slice("GTX Pro", 40, 40, "50.0"), slice("MG Special", 50, 30, "62.5")),
                List.of(slice("retail", 6, 4, "60.0")), List.of(slice("retail", 30, 20, "60.0")),
                List.of(new FunnelStep("Prospecting", 60, new BigDecimal("83.3")),
                        new FunnelStep("Engaging", 50, new BigDecimal("60.0")), new FunnelStep("Won", 30, null)),
                List.of(new FunnelStep("Prospecting", 300, new BigDecimal("83.3")),
                        new FunnelStep("Engaging", 250, new BigDecimal("60.0")), new FunnelStep("Won", 150, null)),
                List.of(new RepRecord.Period(q4, mine, theirs, null, List.of(), List.of())));
    }

    @Test
    void findsWhereTheRepTrailsTheTeamByEnoughToTell() {
        List<FocusMath.Lag> lags = FocusMath.lags(record());

        assertThat(lags).extracting(FocusMath.Lag::key)
                .containsExactlyInAnyOrder("winRate:product:GTX Pro", "avgWonDeal", "cycle", "coverage");
        FocusMath.Lag product = lags.stream().filter(l -> l.key().startsWith("winRate")).findFirst().orElseThrow();
        assertThat(product.competency()).isEqualTo("product_knowledge");
        assertThat(product.segment()).isEqualTo("product:GTX Pro");
        assertThat(product.evidence()).contains("17 points below the team's (33% vs 50% over 15 closed deals)");
        assertThat(lags.stream().filter(l -> l.key().equals("coverage")).findFirst().orElseThrow().evidence())
                .contains("covers 0.5×").contains("the team's covers 2.0×");
    }

    @Test
    void aLowRatingAndTheAspirationPushAnAreaUp() {
        List<FocusMath.Lag> lags = FocusMath.lags(record());
        FocusMath.People people = new FocusMath.People(Map.of("negotiation", new FocusMath.Level(2, true),
                "product_knowledge", new FocusMath.Level(4, true)), NAMES, "Enterprise account executive");

        List<FocusItem> items = FocusMath.rank(lags, people, (m, s) -> new BigDecimal("1400"), TODAY);

        assertThat(items.get(0).competency()).isEqualTo("negotiation");
        assertThat(items.get(0).evidence()).contains("Average won deal 25% below the team's")
                .contains("Rated 2 of 5 in negotiation by the manager")
                .contains("Wants to become Enterprise account executive → negotiation matters there.");
        assertThat(items.get(0).plan().metric()).isEqualTo(PlanMetric.AVG_DEAL);
        assertThat(items.get(0).plan().target()).isEqualByComparingTo("2000");
        assertThat(items.get(0).plan().reviewOn()).isEqualTo(TODAY.plusDays(90));
        assertThat(items).extracting(FocusItem::competency).contains("account_planning");
        assertThat(items).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void aCompetencyRatedLowIsAFocusEvenWithoutALagInTheNumbers() {
        FocusMath.People people = new FocusMath.People(Map.of("closing", new FocusMath.Level(1, false)), NAMES, null);

        List<FocusItem> items = FocusMath.rank(List.of(), people, (m, s) -> null, TODAY);

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.area()).isEqualTo("Closing");
            assertThat(i.evidence()).startsWith("No lag in the numbers points here, but rated 1 of 5 in closing by the rep");
            assertThat(i.plan().metric()).isEqualTo(PlanMetric.CONVERSION);
            assertThat(i.plan().baseline()).isNull();
        });
    }

    @Test
    void readsAspirationsIntoCompetencies() {
        assertThat(FocusMath.aspired("Key account manager")).contains("negotiation", "account_planning", "collaboration");
        assertThat(FocusMath.aspired("Sales engineer")).containsExactly("product_knowledge", "presenting");
        assertThat(FocusMath.aspired(null)).isEmpty();
    }

    @Test
    void proposesTheTeamsFigureOrAStepForward() {
        assertThat(FocusMath.target(PlanMetric.CONVERSION, new BigDecimal("38"), new BigDecimal("45.04")))
                .isEqualByComparingTo("45.0");
        assertThat(FocusMath.target(PlanMetric.CONVERSION, new BigDecimal("50"), new BigDecimal("45")))
                .isEqualByComparingTo("55.0");
        assertThat(FocusMath.target(PlanMetric.MEDIAN_CYCLE, new BigDecimal("60"), null)).isEqualByComparingTo("54.0");
        assertThat(FocusMath.target(PlanMetric.PIPELINE_CREATED, new BigDecimal("100000"), null))
                .isEqualByComparingTo("120000");
    }
}
