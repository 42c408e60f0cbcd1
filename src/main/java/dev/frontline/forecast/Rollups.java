package dev.frontline.forecast;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.Region;
import dev.frontline.organization.TeamSummary;
import dev.frontline.results.TeamQuotas;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.Scope;
import dev.frontline.system.DataVersions;
import dev.frontline.system.FiscalCalendar;
import dev.frontline.system.KeptFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A rep's, a team's and an office's forecast, each beside its quota and the calls made for it. */
@Component
class Rollups {

    private static final int OFFICES_KEPT = 1_000;

    private final Organization organization;
    private final TeamReads reads;
    private final Quotas quotas;
    private final Drivers drivers;
    private final CallDesk calls;
    private final FiscalCalendar calendar;
    private final ForecastCache cache;
    private final DataVersions versions;
    private final KeptFigures<OfficeKey, Computed> offices;

    Rollups(Organization organization, TeamReads reads, Quotas quotas, Drivers drivers, CallDesk calls,
            FiscalCalendar calendar, ForecastCache cache, DataVersions versions) {
        this.cache = cache;
        this.versions = versions;
        this.offices = new KeptFigures<>(versions, OFFICES_KEPT);
        this.organization = organization;
        this.reads = reads;
        this.quotas = quotas;
        this.drivers = drivers;
        this.calls = calls;
        this.calendar = calendar;
    }

    /** The team's forecast with its largest drivers, each rep's, and the calls made for the period. */
    TeamForecast team(Scope scope, TeamEntry entry, Outlook outlook) {
        SalesPeriod period = outlook.period();
        TeamData data = entry.data();
        TeamQuotas quota = quotas.team(scope, entry, List.of(period)).get(period);
        Map<Long, Call> repCalls = calls.latestRepCalls(entry, period);
        List<Call> teamCalls = calls.teamCalls(entry, period);
        Forecast total = Figures.team(outlook, quota.team(), drivers.largest(scope, entry, outlook, data.repIds()));
        List<RepForecast> reps = data.reps().stream().map(m -> new RepForecast(m,
                Figures.rep(outlook, m.id(), quota.byRep().get(m.id()), List.of()), repCalls.get(m.id()))).toList();
        return new TeamForecast(data.team(), total, reps, teamCalls.isEmpty() ? null : teamCalls.get(0), teamCalls);
    }

    /** The rep's forecast with its largest drivers, and the rep's latest call for the period. */
    RepForecast rep(Scope scope, TeamEntry entry, Outlook outlook, Member rep) {
        SalesPeriod period = outlook.period();
        Forecast forecast = Figures.rep(outlook, rep.id(),
                quotas.rep(scope, entry, rep.id(), List.of(period)).get(period).orElse(null),
                drivers.largest(scope, entry, outlook, List.of(rep.id())));
        return new RepForecast(rep, forecast, calls.latestRepCalls(entry, period).get(rep.id()));
    }

    /**
     * An office's teams, each with its forecast and calls, and their sum; the caller must see the region. A constant
     * number of statements however many teams: the teams' entries kept are used as they are, the others read
     * together, and their quotas and calls likewise.
     */
    OfficeForecast office(Scope scope, long regionId, SalesPeriod period) {
        Region region = organization.regions(scope).stream().filter(r -> r.id() == regionId).findFirst()
                .orElseThrow(() -> new NotFoundException("office", regionId));
        OfficeKey key = new OfficeKey(regionId, period, calendar.today(scope));
        Optional<OfficeForecast> current = offices.get(key).map(Computed::forecast);
        if (current.isPresent()) {
            return current.get();
        }
        long rosterBefore = versions.rosterVersion();
        // the subjects are learnt from the last computation; their version is taken before the data is read
        Optional<List<String>> learnt = offices.entry(key).map(KeptFigures.Kept::subjects);
        long version = learnt.map(versions::version).orElse(-1L);
        Computed computed = computeOffice(scope, region, period);
        // read with other subjects than learnt (a roster change since): kept to learn them, at a version matching nothing
        offices.keep(key, computed, computed.subjects(),
                learnt.filter(computed.subjects()::equals).isPresent() ? version : -1, rosterBefore);
        return computed.forecast();
    }

    /*
     * An office's roll-up is kept whole: an office of 200 teams has more team entries than the forecast cache may
     * keep, and its director looks at the same sum all day. The first computation learns its subjects (the teams'
     * reps, the teams), the next one is kept at their version, taken before it read — a roster change in between is
     * refused by the roster version.
     */

    private record OfficeKey(long regionId, SalesPeriod period, LocalDate today) {
    }

    private record Computed(OfficeForecast forecast, List<String> subjects) {
    }

    private Computed computeOffice(Scope scope, Region region, SalesPeriod period) {
        long regionId = region.id();
        List<TeamSummary> teams = organization.teams(scope).stream().filter(t -> t.regionId() == regionId).toList();
        Map<Long, TeamEntry> entries = reads.entries(scope, teams);
        quotas.read(scope, entries.values(), List.of(period));
        calls.readCalls(entries.values());
        List<OfficeForecast.TeamLine> lines = new ArrayList<>();
        List<Dist> dists = new ArrayList<>();
        BigDecimal quota = null;
        BigDecimal managerCalls = null;
        BigDecimal repCallTotal = null;
        Outlook any = null;
        for (TeamSummary team : teams) {
            TeamEntry entry = entries.get(team.id());
            Outlook o = entry.outlook(period);
            any = o;
            dists.add(o.team());
            BigDecimal teamQuota = quotas.kept(entry, period).team();
            quota = add(quota, teamQuota);
            List<Call> teamCalls = calls.teamCalls(entry, period);
            Call managerCall = teamCalls.isEmpty() ? null : teamCalls.get(0);
            Map<Long, Call> repCalls = calls.latestRepCalls(entry, period);
            BigDecimal repSum = repCalls.values().stream().map(Call::amount).reduce(BigDecimal::add).orElse(null);
            managerCalls = managerCall == null ? managerCalls : add(managerCalls, managerCall.amount());
            repCallTotal = add(repCallTotal, repSum);
            lines.add(new OfficeForecast.TeamLine(entry.data().team(), Figures.team(o, teamQuota, List.of()),
                    managerCall, repSum, repCalls.size(), entry.data().reps().size()));
        }
        Dist total = Dist.sum(dists);
        long fresh = lines.stream().mapToLong(l -> Money.cents(l.forecast().expectedFromNewDeals())).sum();
        Forecast office = any == null ? Figures.none(period, calendar.today(scope))
                : Figures.forecast(any, total, quota, List.of(), fresh);
        Set<String> subjects = new LinkedHashSet<>();
        entries.values().forEach(e -> subjects.addAll(e.subjects()));
        return new Computed(new OfficeForecast(region, period, lines, office, managerCalls, repCallTotal),
                List.copyOf(subjects));
    }

    private static @Nullable BigDecimal add(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }
}
