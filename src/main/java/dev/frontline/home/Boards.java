package dev.frontline.home;

import dev.frontline.system.FiscalCalendar;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.pipeline.RepNumbers;
import dev.frontline.results.Figures;
import dev.frontline.results.Results;
import dev.frontline.shared.DataChanged;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.Scope;
import dev.frontline.system.Charts;
import dev.frontline.system.DataVersions;
import dev.frontline.system.KeptFigures;
import dev.frontline.system.Whose;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Assembles team boards from the organisation's rosters and the pipeline's figures, inside the viewer's scope. */
@Component
class Boards {

    /** Teams a page on the lists of teams (the admin's, a director's). */
    static final int TEAMS_PER_PAGE = 50;

    private final Organization organization;
    private final Pipeline pipeline;
    private final Charts charts;
    private final FiscalCalendar calendar;
    private final Results results;

    private static final int TOTALS_KEPT = 10_000;

    private final DataVersions versions;
    private final KeptFigures<TotalKey, RepNumbers> kept;
    private final KeptFigures<TotalKey, Map<Long, RepNumbers>> boards;

    Boards(Organization organization, Pipeline pipeline, Charts charts, FiscalCalendar calendar, Results results,
           DataVersions versions) {
        this.versions = versions;
        this.kept = new KeptFigures<>(versions, TOTALS_KEPT);
        this.boards = new KeptFigures<>(versions, TOTALS_KEPT);
        this.organization = organization;
        this.pipeline = pipeline;
        this.charts = charts;
        this.calendar = calendar;
        this.results = results;
    }

    SalesPeriod period(@Nullable String text, Scope scope) {
        return calendar.periodOrCurrent(text, scope);
    }

    boolean isCurrent(SalesPeriod period, Scope scope) {
        return period.contains(calendar.today(scope));
    }

    Board board(Scope scope, long teamId, SalesPeriod period) {
        long rosterBefore = versions.rosterVersion();
        TeamSummary team = organization.team(scope, teamId);
        List<Member> reps = organization.members(scope, teamId);
        Map<Long, RepNumbers> numbers = repNumbers(scope, teamId, reps, period, rosterBefore);
        List<Board.Row> rows = reps.stream().map(r -> new Board.Row(r, numbers.get(r.id()))).toList();
        List<Board.Row> visible = rows.stream().filter(r -> r.numbers() != null).toList();
        boolean whole = visible.size() == rows.size();
        boolean onlyOwn = !whole && scope.viewer().personId() != null
                && numbers.keySet().equals(Set.of(scope.viewer().personId()));
        RepNumbers sum = numbers.values().stream().reduce(RepNumbers.empty(0), RepNumbers::plus);
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put("Won revenue", visible.stream().map(r -> r.numbers().wonRevenue()).toList());
        String chart = charts.bar(visible.stream().map(r -> r.rep().displayName()).toList(), series, "Won revenue ($)");
        Figures figures = scope.isRep() ? null : results.team(scope, teamId, period).total();
        return new Board(team, period, isCurrent(period, scope), rows, whole || onlyOwn ? sum : null,
                whole ? Whose.team(team.name()) : Whose.yours(), chart, whole ? figures : null);
    }

    /**
     * The reps' numbers of a team's board. Everyone but a rep who passed the team's scope check sees the whole team
     * (its manager, its director, the admin), so for them the numbers are kept per team, period and day until the
     * team's reps, the team, the organisation or the settings change; a rep's are read each time (they see their
     * own row only). {@code rosterBefore} is the roster's version taken before the reps were read.
     */
    private Map<Long, RepNumbers> repNumbers(Scope scope, long teamId, List<Member> reps, SalesPeriod period,
                                             long rosterBefore) {
        List<Long> ids = reps.stream().map(Member::id).toList();
        if (scope.isRep()) {
            return pipeline.numbers(scope, ids, period.start(), period.end());
        }
        TotalKey key = new TotalKey(teamId, period, calendar.today(scope));
        Optional<Map<Long, RepNumbers>> known = boards.get(key);
        if (known.isPresent()) {
            return known.get();
        }
        List<String> subjects = subjects(teamId, reps);
        long version = versions.version(subjects);
        Map<Long, RepNumbers> numbers = pipeline.numbers(scope, ids, period.start(), period.end());
        boards.keep(key, Map.copyOf(numbers), subjects, version, rosterBefore);
        return numbers;
    }

    /**
     * One page of the teams in scope, each with its total for the period: one read of the page's teams, one of their
     * rosters and one of all their reps' figures (and one count), however many teams the organisation has. For the
     * admin and directors (who see whole teams) each team's total is kept per period and day until its reps, the
     * team, the organisation or the settings change ({@link DataVersions}): a second view reads no deal.
     *
     * @param page the page asked for, from 0; one past the end shows the last page
     */
    Overview.Teams totals(Scope scope, SalesPeriod period, int page) {
        long rosterBefore = versions.rosterVersion();
        int count = organization.countTeams(scope);
        int pages = Math.max(1, (count + TEAMS_PER_PAGE - 1) / TEAMS_PER_PAGE);
        int number = Math.min(Math.max(0, page), pages - 1);
        List<TeamSummary> teams = organization.teams(scope, number * TEAMS_PER_PAGE, TEAMS_PER_PAGE);
        Map<Long, List<Member>> members = organization.members(scope, teams.stream().map(TeamSummary::id).toList());
        // whole teams (the admin's, a director's) are the same for every such viewer: their totals are kept
        boolean whole = scope.isAdmin() || scope.isDirector();
        LocalDate today = calendar.today(scope);
        Map<Long, RepNumbers> known = new HashMap<>();
        Map<Long, Long> versionOf = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (TeamSummary team : teams) {
            List<Member> reps = members.getOrDefault(team.id(), List.of());
            Optional<RepNumbers> total = whole ? kept.get(new TotalKey(team.id(), period, today)) : Optional.empty();
            if (total.isPresent()) {
                known.put(team.id(), total.get());
            } else {
                versionOf.put(team.id(), versions.version(subjects(team.id(), reps)));
                reps.forEach(r -> unknown.add(r.id()));
            }
        }
        Map<Long, RepNumbers> numbers = unknown.isEmpty() ? Map.of()
                : pipeline.numbers(scope, unknown, period.start(), period.end());
        List<TeamTotal> totals = teams.stream().map(team -> {
            if (known.containsKey(team.id())) {
                return new TeamTotal(team, known.get(team.id()));
            }
            List<Member> reps = members.getOrDefault(team.id(), List.of());
            List<RepNumbers> seen = reps.stream().map(r -> numbers.get(r.id())).filter(Objects::nonNull).toList();
            RepNumbers total = seen.size() == reps.size()
                    ? seen.stream().reduce(RepNumbers.empty(0), RepNumbers::plus) : null;
            if (whole && total != null) {
                kept.keep(new TotalKey(team.id(), period, today), total, subjects(team.id(), reps),
                        versionOf.get(team.id()), rosterBefore);
            }
            return new TeamTotal(team, total);
        }).toList();
        return new Overview.Teams(totals, number, TEAMS_PER_PAGE, count);
    }

    private record TotalKey(long teamId, SalesPeriod period, LocalDate today) {
    }

    private static List<String> subjects(long teamId, List<Member> reps) {
        List<String> subjects = new ArrayList<>(reps.size() + 3);
        reps.forEach(r -> subjects.add(DataChanged.person(r.id())));
        subjects.add(DataChanged.team(teamId));
        subjects.add(DataChanged.ORGANIZATION);
        subjects.add(DataChanged.SETTINGS);
        return subjects;
    }

}
