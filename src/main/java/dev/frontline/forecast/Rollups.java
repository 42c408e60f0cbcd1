package dev.frontline.forecast;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.Region;
import dev.frontline.organization.TeamSummary;
import dev.frontline.results.Goals;
import dev.frontline.results.TeamQuotas;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.Scope;
import dev.frontline.system.FiscalCalendar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A rep's, a team's and an office's forecast, each beside its quota and the calls made for it. */
@Component
class Rollups {

    private final Organization organization;
    private final TeamReads reads;
    private final Goals goals;
    private final Drivers drivers;
    private final CallDesk calls;
    private final FiscalCalendar calendar;

    Rollups(Organization organization, TeamReads reads, Goals goals, Drivers drivers, CallDesk calls,
            FiscalCalendar calendar) {
        this.organization = organization;
        this.reads = reads;
        this.goals = goals;
        this.drivers = drivers;
        this.calls = calls;
        this.calendar = calendar;
    }

    /** The team's forecast with its largest drivers, each rep's, and the calls made for the period. */
    TeamForecast team(Scope scope, TeamData data, Outlook outlook) {
        SalesPeriod period = outlook.period();
        long teamId = data.team().id();
        TeamQuotas quotas = goals.teamQuotas(scope, teamId, period);
        Map<Long, Call> repCalls = calls.latestRepCalls(data.repIds(), period);
        List<Call> teamCalls = calls.teamCalls(teamId, period);
        Forecast total = Figures.team(outlook, quotas.team(), drivers.largest(scope, outlook, data.repIds()));
        List<RepForecast> reps = data.reps().stream().map(m -> new RepForecast(m,
                Figures.rep(outlook, m.id(), quotas.byRep().get(m.id()), List.of()), repCalls.get(m.id()))).toList();
        return new TeamForecast(data.team(), total, reps, teamCalls.isEmpty() ? null : teamCalls.get(0), teamCalls);
    }

    /** The rep's forecast with its largest drivers, and the rep's latest call for the period. */
    RepForecast rep(Scope scope, TeamData data, Outlook outlook, Member rep) {
        Forecast forecast = Figures.rep(outlook, rep.id(), goals.repQuota(scope, rep.id(), outlook.period()),
                drivers.largest(scope, outlook, List.of(rep.id())));
        return new RepForecast(rep, forecast, calls.latestRepCalls(List.of(rep.id()), outlook.period()).get(rep.id()));
    }

    /** An office's teams, each with its forecast and calls, and their sum; the caller must see the region. */
    OfficeForecast office(Scope scope, long regionId, SalesPeriod period) {
        Region region = organization.regions(scope).stream().filter(r -> r.id() == regionId).findFirst()
                .orElseThrow(() -> new NotFoundException("office", regionId));
        List<OfficeForecast.TeamLine> lines = new ArrayList<>();
        List<Dist> dists = new ArrayList<>();
        BigDecimal quota = null;
        BigDecimal managerCalls = null;
        BigDecimal repCallTotal = null;
        Outlook any = null;
        for (TeamSummary team : organization.teams(scope)) {
            if (team.regionId() != regionId) {
                continue;
            }
            TeamData data = reads.load(scope, team);
            Outlook o = data.outlook(period);
            any = o;
            dists.add(o.team());
            BigDecimal teamQuota = goals.teamQuotas(scope, team.id(), period).team();
            quota = add(quota, teamQuota);
            List<Call> teamCalls = calls.teamCalls(team.id(), period);
            Call managerCall = teamCalls.isEmpty() ? null : teamCalls.get(0);
            Map<Long, Call> repCalls = calls.latestRepCalls(data.repIds(), period);
            BigDecimal repSum = repCalls.values().stream().map(Call::amount).reduce(BigDecimal::add).orElse(null);
            managerCalls = managerCall == null ? managerCalls : add(managerCalls, managerCall.amount());
            repCallTotal = add(repCallTotal, repSum);
            lines.add(new OfficeForecast.TeamLine(team, Figures.team(o, teamQuota, List.of()), managerCall, repSum,
                    repCalls.size(), data.reps().size()));
        }
        Dist total = Dist.sum(dists);
        long fresh = lines.stream().mapToLong(l -> Money.cents(l.forecast().expectedFromNewDeals())).sum();
        Forecast office = any == null ? Figures.none(period, calendar.today(scope))
                : Figures.forecast(any, total, quota, List.of(), fresh);
        return new OfficeForecast(region, period, lines, office, managerCalls, repCallTotal);
    }

    private static @Nullable BigDecimal add(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }
}
