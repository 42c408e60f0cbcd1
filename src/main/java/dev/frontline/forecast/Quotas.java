package dev.frontline.forecast;

import dev.frontline.results.Goals;
import dev.frontline.results.TeamQuotas;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.Scope;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The quotas a forecast is set beside, kept in the team's {@link TeamEntry} (quotas announce their changes as the
 * rep's or the team's: the entry is then read anew): those an entry lacks are read for every period of the request
 * at once, and for every team of an office at once. The viewer's right to see them is checked on every call.
 */
@Component
class Quotas {

    private final Goals goals;

    Quotas(Goals goals) {
        this.goals = goals;
    }

    private record TeamQuota(SalesPeriod period) {
    }

    private record RepQuota(long repId, SalesPeriod period) {
    }

    /** The team's and its reps' quotas for the periods; for those who lead the team (404 otherwise). */
    Map<SalesPeriod, TeamQuotas> team(Scope scope, TeamEntry entry, Collection<SalesPeriod> periods) {
        scope.requireTeamLead(entry.teamId(), "team quotas");
        read(scope, List.of(entry), periods);
        Map<SalesPeriod, TeamQuotas> out = new HashMap<>();
        periods.forEach(p -> out.put(p, kept(entry, p)));
        return out;
    }

    /** Reads the quotas the entries lack for the periods, for all of them in one read. */
    void read(Scope scope, Collection<TeamEntry> entries, Collection<SalesPeriod> periods) {
        Map<Long, List<Long>> lacking = new HashMap<>();
        Map<Long, TeamEntry> byTeam = new HashMap<>();
        for (TeamEntry e : entries) {
            if (periods.stream().anyMatch(p -> !e.has(new TeamQuota(p)))) {
                lacking.put(e.teamId(), e.repIds());
                byTeam.put(e.teamId(), e);
            }
        }
        if (lacking.isEmpty()) {
            return;
        }
        goals.teamQuotas(scope, lacking, periods).forEach((team, byPeriod) -> byPeriod
                .forEach((period, quotas) -> byTeam.get(team).keep(new TeamQuota(period), quotas)));
    }

    /** The team's quota for the period, read before by {@link #read}. */
    TeamQuotas kept(TeamEntry entry, SalesPeriod period) {
        return entry.memo(new TeamQuota(period), () -> {
            throw new IllegalStateException("Quotas of " + period + " not read");
        });
    }

    /** A rep's quotas for the periods (empty: none); for those who see the rep's deals (404 otherwise). */
    Map<SalesPeriod, Optional<BigDecimal>> rep(Scope scope, TeamEntry entry, long repId,
                                               Collection<SalesPeriod> periods) {
        Map<SalesPeriod, Optional<BigDecimal>> out = new HashMap<>();
        List<SalesPeriod> lacking = periods.stream().filter(p -> !entry.has(new RepQuota(repId, p))
                && !entry.has(new TeamQuota(p))).toList();
        if (!lacking.isEmpty()) {
            Map<SalesPeriod, BigDecimal> read = goals.repQuotas(scope, repId, lacking);
            lacking.forEach(p -> entry.keep(new RepQuota(repId, p), Optional.ofNullable(read.get(p))));
        } else if (!scope.seesDealsOf(repId)) {
            throw new dev.frontline.shared.NotFoundException("rep", repId);
        }
        for (SalesPeriod p : periods) {
            out.put(p, entry.has(new TeamQuota(p))
                    ? Optional.ofNullable(kept(entry, p).byRep().get(repId))
                    : entry.memo(new RepQuota(repId, p), Optional::empty));
        }
        return out;
    }
}
