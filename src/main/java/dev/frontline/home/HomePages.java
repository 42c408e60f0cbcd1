package dev.frontline.home;

import dev.frontline.coaching.OneOnOnes;
import dev.frontline.forecast.Forecasts;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.Title;
import dev.frontline.people.Onboarding;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.DealFilter;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.pipeline.RepNumbers;
import dev.frontline.results.Figures;
import dev.frontline.results.Results;
import dev.frontline.results.TrendPoint;
import dev.frontline.shared.Role;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.Scope;
import dev.frontline.system.Charts;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Home, team boards, team lists and rep pages. */
@Controller
@NavSection(Section.TEAMS)
class HomePages {

    static final String TEAM = "home/team";
    static final String OVERVIEW = "home/overview";
    static final String REP = "home/rep";

    private final Boards boards;
    private final Organization organization;
    private final Pipeline pipeline;
    private final Charts charts;
    private final Results results;
    private final Onboarding onboarding;
    private final OneOnOnes oneOnOnes;
    private final Forecasts forecasts;

    HomePages(Boards boards, Organization organization, Pipeline pipeline, Charts charts, Results results,
              Onboarding onboarding, OneOnOnes oneOnOnes, Forecasts forecasts) {
        this.boards = boards;
        this.organization = organization;
        this.pipeline = pipeline;
        this.charts = charts;
        this.results = results;
        this.onboarding = onboarding;
        this.oneOnOnes = oneOnOnes;
        this.forecasts = forecasts;
    }

    @NavSection(Section.HOME)
    @GetMapping("/")
    String home(Scope scope, @RequestParam(required = false) @Nullable String period, Model model) {
        SalesPeriod p = boards.period(period, scope);
        Role role = scope.viewer().role();
        Long self = scope.viewer().personId();
        if (role == Role.REP && self != null) {
            model.addAttribute("page", repPage(scope, self, p));
            return REP;
        }
        model.addAttribute("onboarding", role == Role.MANAGER ? onboarding.open(scope) : List.of());
        if (role == Role.MANAGER && scope.teamIds().size() == 1) {
            long team = scope.teamIds().iterator().next();
            model.addAttribute("board", boards.board(scope, team, p));
            model.addAttribute("overdue", oneOnOnes.overdue(scope, team));
            return TEAM;
        }
        return overview(scope, p, 0, role == Role.DIRECTOR ? "Your office" : role == Role.ADMIN ? "All teams"
                : "Your teams", model);
    }

    @GetMapping("/teams")
    String teams(Scope scope, @RequestParam(required = false) @Nullable String period,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        return overview(scope, boards.period(period, scope), page, "Teams", model);
    }

    @GetMapping("/teams/{id}")
    String team(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String period,
                Model model) {
        model.addAttribute("board", boards.board(scope, id, boards.period(period, scope)));
        model.addAttribute("onboarding", onboarding.open(scope, id));
        model.addAttribute("overdue", oneOnOnes.overdue(scope, id));
        return TEAM;
    }

    @GetMapping("/reps/{id}")
    String rep(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String period,
               Model model) {
        model.addAttribute("page", repPage(scope, id, boards.period(period, scope)));
        return REP;
    }

    private String overview(Scope scope, SalesPeriod period, int page, String heading, Model model) {
        Overview.Teams totals = boards.totals(scope, period, page);
        List<TeamTotal> whole = totals.rows().stream().filter(t -> t.total() != null).toList();
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put("Won revenue", whole.stream().map(t -> t.total().wonRevenue()).toList());
        series.put("Open pipeline", whole.stream().map(t -> t.total().openValue()).toList());
        String chart = charts.bar(whole.stream().map(t -> t.team().name()).toList(), series, "$");
        model.addAttribute("page", new Overview(heading, period, boards.isCurrent(period, scope), totals, chart));
        return OVERVIEW;
    }

    private RepPage repPage(Scope scope, long personId, SalesPeriod period) {
        Member rep = organization.person(scope, personId);
        List<Member> roster = rep.teamId() == null ? List.of() : organization.members(scope, rep.teamId());
        boolean self = Long.valueOf(personId).equals(scope.viewer().personId());
        if (!scope.seesDealsOf(personId)) {
            return new RepPage(rep, self, period, boards.isCurrent(period, scope), null, null, null, List.of(), List.of(),
                    roster, null);
        }
        RepNumbers numbers = pipeline.numbers(scope, Set.of(personId), period.start(), period.end())
                .getOrDefault(personId, RepNumbers.empty(personId));
        List<Deal> open = pipeline.deals(scope, DealFilter.of(Set.of(personId), null, Outcome.OPEN),
                PageRequest.of(0, 10)).getContent();
        List<Deal> closed = pipeline.deals(scope,
                new DealFilter(Set.of(personId), null, Set.of(Outcome.WON, Outcome.LOST)), PageRequest.of(0, 10))
                .getContent();
        List<TrendPoint> trend = results.repTrend(scope, personId, period.grain(), 8);
        Map<String, List<? extends Number>> bars = new LinkedHashMap<>();
        bars.put("Won revenue", trend.stream().map(t -> t.figures().wonRevenue()).toList());
        Map<String, List<? extends Number>> quota = new LinkedHashMap<>();
        quota.put("Quota", trend.stream().map(t -> t.figures().quota()).toList());
        String chart = charts.barsWithLine(trend.stream().map(t -> t.period().toString()).toList(), bars, quota, "$");
        Figures figures = trend.stream().filter(t -> t.period().equals(period)).map(TrendPoint::figures).findFirst()
                .orElse(null);
        var forecast = rep.title() == Title.REP && rep.teamId() != null ? forecasts.repCard(scope, personId, period) : null;
        return new RepPage(rep, self, period, boards.isCurrent(period, scope), numbers, figures, chart, open, closed, roster,
                forecast);
    }
}
