package dev.frontline.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.forecast.HistoryGenerator.Recipe;
import dev.frontline.pipeline.StageTimeline;
import dev.frontline.shared.SalesPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stage-aware model against the date-only one on generated histories whose deals carry stage histories
 * ({@link StageHistories}): the same deals, once with their stages and once without, backtested month by month.
 */
class StageHistoryBacktestTest {

    private static final int DRAWS = 1000;

    private static Scores months(List<Backtester.Team> teams) {
        return Scores.of(Backtester.run(teams, BacktestLevel.TEAM, SalesPeriod.Grain.MONTH, 1, "Engaging",
                DatasetTeams.listPrices(), DRAWS).rows());
    }

    private static String line(String name, Scores s) {
        return String.format(Locale.ROOT, "%-11s %3d team-months  MAPE %5.1f%%  coverage %5.1f%%  width %5.1f%%", name,
                s.rows(), s.mape(), s.coverage(), s.width());
    }

    @Test
    void onAHistoryWhoseStagesCarrySignalTheStageAwareModelIsNotWorseThanTheDateOnlyOne() {
        Recipe recipe = GeneratedHistories.corners().get(0);
        StageHistories.Staged staged = StageHistories.of(GeneratedHistories.generate(recipe), 5L, 0.2);

        Scores withStages = months(staged.modelTeams());
        Scores dateOnly = months(staged.dateOnlyTeams());
        System.out.println("Stage history backtest, " + recipe);
        System.out.println(line("stage-aware", withStages));
        System.out.println(line("date-only", dateOnly));

        assertThat(withStages.rows()).isEqualTo(dateOnly.rows()).isGreaterThan(20);
        assertThat(withStages.mape()).isLessThanOrEqualTo(dateOnly.mape());
    }

    @Test
    void theStageHistoryFileIsSalesforcesOpportunityHistoryAndTimelinesReadBackFromIt() {
        Recipe flat = GeneratedHistories.corners().get(0);
        StageHistories.Staged staged = StageHistories.of(GeneratedHistories.generate(flat), 5L, 0.2);

        assertThat(staged.opportunityHistoryCsv()).startsWith(
                "OpportunityId,CreatedDate,StageName,Amount,CloseDate,Probability,ForecastCategory\n");
        String[] won = staged.history().pipeline().stream().filter(r -> r[4].equals("Won")).findFirst().orElseThrow();
        StageTimeline t = staged.timelines().get(won[0]);
        LocalDate created = LocalDate.parse(won[5]);
        LocalDate closed = LocalDate.parse(won[6]);
        assertThat(t.stageAt(created)).isEqualTo("Prospecting");
        assertThat(t.stageAt(closed)).isEqualTo("Won");
        assertThat(t.stageAt(closed.minusDays(1))).isIn("Prospecting", "Engaging");
        assertThat(t.since(closed, created)).isEqualTo(closed);
        assertThat(staged.history().pipeline()).as("the deals are the history's own")
                .usingRecursiveComparison().isEqualTo(GeneratedHistories.generate(flat).pipeline());
        long advanced = staged.timelines().values().stream()
                .filter(x -> x.changes().stream().anyMatch(c -> c.stage().equals("Engaging"))).count();
        assertThat(advanced).isGreaterThan(0).isLessThan(staged.timelines().size());
    }

    @Test
    void withoutStageHistoryTheModelIsTheDateOnlyModelExactly() {
        Recipe flat = GeneratedHistories.corners().get(0);
        StageHistories.Staged staged = StageHistories.of(GeneratedHistories.generate(flat), 5L, 0.2);
        Backtester.Team team = staged.dateOnlyTeams().get(0);
        SalesPeriod period = SalesPeriod.parse("2026-10");
        LocalDate asOf = period.start().minusDays(1);
        Outlook a = ForecastModel.forecast(team.facts(), team.reps(), period, asOf, "Engaging", 500, 7);
        List<Fact> few = team.facts().stream()
                .map(f -> f.id() % 1000 == 0 ? f.withStages(new StageTimeline("Prospecting", List.of())) : f).toList();
        assertThat(few.stream().filter(f -> f.stages() != null && f.closedBy(asOf)).count())
                .isLessThan(ForecastModel.MIN_STAGED_DEALS);
        Outlook b = ForecastModel.forecast(few, team.reps(), period, asOf, "Engaging", 500, 7);
        assertThat(b.team()).usingRecursiveComparison().isEqualTo(a.team());
    }

    @Test
    void aDealFurtherAlongHasBetterOddsThanOneOfTheSameAgeStillProspecting() {
        Recipe recipe = GeneratedHistories.corners().stream().filter(r -> r.name().equals("six-month-cycle"))
                .findFirst().orElseThrow();
        StageHistories.Staged staged = StageHistories.of(GeneratedHistories.generate(recipe), 5L, 0.2);
        Backtester.Team team = staged.modelTeams().get(0);
        SalesPeriod period = SalesPeriod.parse("2026-12");
        Outlook o = ForecastModel.forecast(team.facts(), team.reps(), period, GeneratedHistories.EXPORTED, "Engaging",
                200, 7);
        Map<Long, Fact> byId = new java.util.HashMap<>();
        team.facts().forEach(f -> byId.put(f.id(), f));
        double engaging = 0;
        double prospecting = 0;
        int ne = 0;
        int np = 0;
        for (Outlook.RepOutlook r : o.reps().values()) {
            for (Outlook.DealOutlook d : r.deals()) {
                String stage = byId.get(d.dealId()).stageAt(GeneratedHistories.EXPORTED);
                if ("Engaging".equals(stage)) {
                    engaging += d.winShare();
                    ne++;
                } else if ("Prospecting".equals(stage)) {
                    prospecting += d.winShare();
                    np++;
                }
            }
        }
        assertThat(ne).isPositive();
        assertThat(np).isPositive();
        assertThat(engaging / ne).isGreaterThan(prospecting / np);
    }
}
