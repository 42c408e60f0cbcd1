package dev.frontline.people;

import static dev.frontline.people.Fixtures.competency;
import static dev.frontline.people.Fixtures.figures;
import static dev.frontline.people.Fixtures.record;
import static dev.frontline.people.Fixtures.slice;
import static dev.frontline.people.Fixtures.standing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.results.Figures;
import dev.frontline.results.FunnelStep;
import dev.frontline.results.RepRecord;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private final Competency closing = competency("closing", 1);
    private final Competency negotiation = competency("negotiation", 2);
    private final Competency prospecting = competency("prospecting", 3);
    private final Competency productKnowledge = competency("product_knowledge", 4);

    /** Ann: 40 closed, win rate 62% against the team's 50%; deals 20% smaller; cycle 20 days longer. */
    private RepRecord ann() {
        return record(figures(100_000, 25, 15, "62.5", "4000", "70"), figures(500_000, 100, 100, "50", "5000", "50"), 5,
                List.of(slice("GTX Pro", 8, 2, "80"), slice("MG Special", 3, 3, "50")),
                List.of(slice("GTX Pro", 40, 40, "50"), slice("MG Special", 20, 20, "50")),
                List.of(new FunnelStep("Prospecting", 50, new BigDecimal("90")), new FunnelStep("Engaging", 45, new BigDecimal("55.6")),
                        new FunnelStep("Won", 25, null), new FunnelStep("Lost", 15, null)),
                List.of(new FunnelStep("Prospecting", 250, new BigDecimal("88")), new FunnelStep("Engaging", 220, new BigDecimal("45.5")),
                        new FunnelStep("Won", 100, null), new FunnelStep("Lost", 100, null)));
    }

    @Test
    void numbersAboveAndBelowTheTeamBecomeStrengthsAndWeaknessesWithEvidence() {
        var result = Findings.derive(List.of(), Map.of(), ann());

        // Every number over the record's one window, said in the text: Jan–Dec 2026 is the last 4 quarters.
        assertThat(result.strengths()).extracting(Finding::evidence).contains(
                "Win rate, last 4 quarters: 63% against the team's 50%, 13 points above (over 40 closed deals).",
                "Win rate on GTX Pro, last 4 quarters: 80% against the team's 50%, 30 points above (over 10 closed deals).",
                "Engaging → Won conversion, last 4 quarters: 56% against the team's 46%, 10 points above (over 45 deals).");
        assertThat(result.weaknesses()).extracting(Finding::evidence).contains(
                "Median cycle, last 4 quarters: 70 days against the team's 50, 20 days longer.",
                "Average won deal, last 4 quarters: $4,000 against the team's $5,000, 20% below.");
        assertThat(result.note()).startsWith("Numbers compare the last 4 quarters (1 Jan 2026 – 27 Nov 2026)");
        assertThat(result.strengths()).allMatch(f -> f.source() == Finding.Source.NUMBERS);
    }

    @Test
    void smallDifferencesAndThinSlicesSayNothing() {
        var result = Findings.derive(List.of(), Map.of(), ann());

        // won revenue equals the team's average per rep (500,000 / 5); MG Special has only 6 closed deals
        assertThat(result.strengths()).extracting(Finding::key).doesNotContain("wonRevenue", "winRate:product:MG Special");
        assertThat(result.weaknesses()).extracting(Finding::key).doesNotContain("wonRevenue", "winRate:product:MG Special");
    }

    @Test
    void tooFewClosedDealsLeaveOnlyTheRatingsAndSaySo() {
        RepRecord newcomer = record(figures(0, 2, 1, "66.7", null, null), figures(500_000, 100, 100, "50", "5000", "50"), 5,
                List.of(), List.of(), List.of(), List.of());

        var result = Findings.derive(List.of(standing(closing, null, 4)), Map.of(), newcomer);

        assertThat(result.strengths()).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo(Finding.Source.RATINGS);
            assertThat(f.evidence()).startsWith("Self-rated 4 of 5; the manager has not rated this yet.");
        });
        assertThat(result.note()).contains("Too few closed deals", "(3)", "need 10");
    }

    @Test
    void ratingsOfFourAndFiveAreStrengthsOneAndTwoWeaknessesTheManagersFirst() {
        List<Standing> standings = List.of(standing(closing, 5, 3), standing(negotiation, 2, 4),
                standing(prospecting, 3, 5), standing(productKnowledge, null, 1));

        var result = Findings.derive(standings, Map.of("closing", new BigDecimal("3.4")), null);

        assertThat(result.strengths()).extracting(Finding::title).containsExactly("Closing");
        assertThat(result.strengths().get(0).evidence())
                .startsWith("Manager rates 5 of 5 (team average 3.4); self-rating 3. Level 5: “five”");
        assertThat(result.weaknesses()).extracting(Finding::title).containsExactly("Product knowledge", "Negotiation");
    }

    @Test
    void aRatingSaysWhetherTheNumbersAgreeAndAnAgreeingNumberIsNotRepeated() {
        var result = Findings.derive(List.of(standing(closing, 4, 4), standing(negotiation, 4, 4)), Map.of(), ann());

        Finding closingStrength = result.strengths().stream().filter(f -> f.title().equals("Closing")).findFirst().orElseThrow();
        Finding negotiationStrength = result.strengths().stream().filter(f -> f.title().equals("Negotiation")).findFirst().orElseThrow();
        assertThat(closingStrength.evidence()).contains("The numbers agree: win rate, last 4 quarters: 63% against the "
                + "team's 50%, 13 points above");
        assertThat(negotiationStrength.evidence()).contains("The numbers disagree: average won deal, last 4 quarters: "
                + "$4,000 against the team's $5,000, 20% below");
        assertThat(result.strengths()).extracting(Finding::key).doesNotContain("winRate");
        assertThat(result.weaknesses()).extracting(Finding::key).contains("avgWonDeal");
    }

    /** Bea: won $60,000 against a team average per rep of $100,000 (−40%), with quota to date as given. */
    private static RepRecord bea(String expectedToDate) {
        RepRecord base = record(figures(60_000, 30, 20, "60", "2000", "50"), figures(500_000, 150, 100, "60", "2000", "50"),
                5, List.of(), List.of(), List.of(), List.of());
        Figures quarter = new Figures(new BigDecimal("60000"), 30, 20, new BigDecimal("60"), new BigDecimal("2000"),
                new BigDecimal("50"), new BigDecimal("70000"), null, new BigDecimal(expectedToDate), null, null,
                BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, null, 0, BigDecimal.ZERO);
        return new RepRecord(base.rep(), base.team(), base.teamSize(), base.from(), base.to(), base.asOf(),
                base.figures(), base.teamFigures(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new RepRecord.Period(SalesPeriod.parse("2026-Q4"), quarter, null, null, List.of(), List.of())));
    }

    @Test
    void wonRevenueBelowTheTeamsAverageIsNoWeaknessForARepAtQuota() {
        // At quota to date ($60,000 won against $50,000 expected): healthy in absolute terms.
        assertThat(Findings.derive(List.of(), Map.of(), bea("50000")).weaknesses()).extracting(Finding::key)
                .doesNotContain("wonRevenue");
        // Behind quota to date ($60,000 against $65,000): the 40% gap to the team's average counts.
        assertThat(Findings.derive(List.of(), Map.of(), bea("65000")).weaknesses()).extracting(Finding::evidence)
                .contains("Won revenue, last 4 quarters: $60,000 against the team's average per rep $100,000, 40% below.");
    }

    @Test
    void aRateOfAHundredPercentIsNeverAWeakness() {
        RepRecord perfect = record(figures(100_000, 25, 15, "62.5", "5000", "50"), figures(500_000, 100, 100, "50", "5000", "50"),
                5, List.of(slice("GTX Pro", 9, 0, "100")), List.of(slice("GTX Pro", 40, 40, "50")), List.of(), List.of());

        var result = Findings.derive(List.of(), Map.of(), perfect);

        assertThat(result.weaknesses()).extracting(Finding::key).doesNotContain("winRate:product:GTX Pro");
        assertThat(result.strengths()).extracting(Finding::key).contains("winRate:product:GTX Pro");
    }
}
