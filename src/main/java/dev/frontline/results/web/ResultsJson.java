package dev.frontline.results.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import dev.frontline.results.Breakdown;
import dev.frontline.results.Comparison;
import dev.frontline.results.Figures;
import dev.frontline.results.FunnelStep;
import dev.frontline.results.GoalProgress;
import dev.frontline.results.RegionResults;
import dev.frontline.results.RepResults;
import dev.frontline.results.TeamResults;
import dev.frontline.results.TrendPoint;
import dev.frontline.shared.SalesPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The API's JSON shapes for results: periods as text, people and teams as small references. */
final class ResultsJson {

    private ResultsJson() {
    }

    record Period(String period, LocalDate start, LocalDate end) {
        static Period of(SalesPeriod p) {
            return new Period(p.toString(), p.start(), p.end());
        }
    }

    record TeamRef(long id, String name, String region, @Nullable String manager) {
        static TeamRef of(TeamSummary t) {
            return new TeamRef(t.id(), t.name(), t.region(), t.manager());
        }
    }

    record RepRef(long id, String username, String displayName) {
        static RepRef of(Member m) {
            return new RepRef(m.id(), m.username(), m.displayName());
        }
    }

    /** @param former whether the rep has left: listed for a period they sold in, their deals still theirs */
    record RepRow(RepRef rep, Figures figures, Map<String, Integer> ranks, List<Comparison> versusTeam,
                  List<GoalProgress> goals, boolean former) {
        static RepRow of(RepResults r) {
            return new RepRow(RepRef.of(r.rep()), r.figures(), r.ranks(), r.versusTeam(), r.goals(), r.former());
        }
    }

    record Team(TeamRef team, Period period, LocalDate asOf, Figures totals, List<RepRow> reps,
                List<FunnelStep> funnel, List<Breakdown> byProduct, List<Breakdown> bySector, boolean demoQuotas) {
        static Team of(TeamResults r) {
            return new Team(TeamRef.of(r.team()), Period.of(r.period()), r.asOf(), r.total(),
                    r.reps().stream().map(RepRow::of).toList(), r.funnel(), r.byProduct(), r.bySector(),
                    r.demoQuotas());
        }
    }

    record Point(Period period, Figures figures) {
        static Point of(TrendPoint p) {
            return new Point(Period.of(p.period()), p.figures());
        }
    }

    record Trend(RepRef rep, String grain, List<Point> periods) {
    }

    record RegionTeam(TeamRef team, Figures figures) {
    }

    record Region(long id, String name, Period period, List<RegionTeam> teams, Figures total) {
        static Region of(RegionResults r) {
            return new Region(r.region().id(), r.region().name(), Period.of(r.period()),
                    r.teams().stream().map(t -> new RegionTeam(TeamRef.of(t.team()), t.figures())).toList(), r.total());
        }
    }
}
