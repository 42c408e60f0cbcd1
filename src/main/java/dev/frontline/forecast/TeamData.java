package dev.frontline.forecast;

import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.SalesPeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * A team's reps in name order and all their deals as known today (see {@link dev.frontline.pipeline.Pipeline#facts});
 * read with the viewer's identity but the team's full view.
 */
record TeamData(TeamSummary team, List<Member> reps, List<Fact> facts, String openStage, LocalDate today) {

    List<Long> repIds() {
        return reps.stream().map(Member::id).toList();
    }

    List<ForecastModel.Rep> modelReps() {
        return reps.stream().map(m -> new ForecastModel.Rep(m.id(), m.displayName())).toList();
    }

    /** The outlook as of today. */
    Outlook outlook(SalesPeriod period) {
        return outlook(period, today);
    }

    /** The outlook as of a day: the model sees the deals as they were known then. */
    Outlook outlook(SalesPeriod period, LocalDate asOf) {
        return ForecastModel.forecast(facts, modelReps(), period, asOf, openStage, ForecastModel.DRAWS,
                ForecastModel.seed(team.name()));
    }
}
