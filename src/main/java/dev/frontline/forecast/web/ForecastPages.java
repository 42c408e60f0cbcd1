package dev.frontline.forecast.web;

import jakarta.servlet.http.HttpServletResponse;
import dev.frontline.shared.StaleVersion;
import dev.frontline.forecast.Driver;
import dev.frontline.system.FiscalCalendar;
import dev.frontline.forecast.Backtest;
import dev.frontline.forecast.ForecastCategory;
import dev.frontline.forecast.Forecasts;
import dev.frontline.forecast.OfficeForecast;
import dev.frontline.forecast.RepView;
import dev.frontline.forecast.TeamView;
import dev.frontline.organization.Organization;
import dev.frontline.organization.Region;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.Scope;
import dev.frontline.system.Charts;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forecast pages: a team's, a rep's (with categories and calls), an office's roll-up and the backtest. */
@Controller
@NavSection(Section.FORECAST)
class ForecastPages {

    static final String TEAM = "forecast/team";
    static final String REP = "forecast/rep";
    static final String OFFICE = "forecast/office";
    static final String BACKTEST = "forecast/backtest";
    static final String BACKTEST_TABLE = "forecast/backtesttable";
    static final String CATEGORY = "forecast/category";

    private final Forecasts forecasts;
    private final Organization organization;
    private final Charts charts;
    private final FiscalCalendar calendar;
    private final ForecastTimer timer;

    ForecastPages(Forecasts forecasts, Organization organization, Charts charts, FiscalCalendar calendar,
                  ForecastTimer timer) {
        this.calendar = calendar;
        this.timer = timer;
        this.forecasts = forecasts;
        this.organization = organization;
        this.charts = charts;
    }

    /** Where the Forecast entry leads: a rep to theirs, a manager to their team's, a director to their office's. */
    @GetMapping("/forecast")
    String forecast(Scope scope) {
        Role role = scope.viewer().role();
        if (role == Role.REP) {
            if (scope.viewer().personId() == null) {
                throw new NotFoundException("forecast", scope.viewer().username());
            }
            return "redirect:/reps/" + scope.viewer().personId() + "/forecast";
        }
        if (role == Role.MANAGER) {
            List<TeamSummary> teams = organization.teams(scope);
            if (teams.isEmpty()) {
                throw new NotFoundException("team", "of " + scope.viewer().username());
            }
            return "redirect:/teams/" + teams.get(0).id() + "/forecast";
        }
        List<Region> regions = organization.regions(scope);
        if (regions.isEmpty()) {
            throw new NotFoundException("office", "in scope");
        }
        return "redirect:/regions/" + regions.get(0).id() + "/forecast";
    }

    @GetMapping("/teams/{id}/forecast")
    String team(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String period,
                @RequestParam(required = false) @Nullable String called, Model model) {
        SalesPeriod p = calendar.periodOrCurrent(period, scope);
        TeamView view = timer.teamForPage(() -> forecasts.teamView(scope, id, p));
        TeamSummary team = view.forecast().team();
        boolean canCall = scope.isAdmin()
                || (team.managerId() != null && team.managerId().equals(scope.viewer().personId()));
        model.addAttribute("page", new TeamForecastPage(view.forecast(), view.card(), view.callRecords(),
                p.contains(calendar.today(scope)), canCall && open(scope, p),
                called == null ? null : "Your call is in. It sits beside the system forecast; every call is kept.",
                view.movement(), MovementChart.spec(charts, view.movement())));
        return TEAM;
    }

    @PostMapping("/teams/{id}/forecast/calls")
    String teamCall(Scope scope, @PathVariable long id, @RequestParam String period, @RequestParam String amount,
                    @RequestParam(required = false) @Nullable String note) {
        SalesPeriod p = calendar.periodOrCurrent(period, scope);
        forecasts.submitTeamCall(scope, id, p, amount(amount), note);
        return "redirect:/teams/" + id + "/forecast?period=" + p + "&called";
    }

    @GetMapping("/reps/{id}/forecast")
    String rep(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String period,
               @RequestParam(required = false) @Nullable String called, Model model) {
        SalesPeriod p = calendar.periodOrCurrent(period, scope);
        RepView view = forecasts.repView(scope, id, p);
        Map<ForecastCategory, BigDecimal> byCategory = new EnumMap<>(ForecastCategory.class);
        view.openDeals().stream().filter(d -> d.category() != null)
                .forEach(d -> byCategory.merge(d.category(), d.amount(), BigDecimal::add));
        boolean canCall = scope.isAdmin() || Long.valueOf(id).equals(scope.viewer().personId());
        model.addAttribute("page", new RepForecastPage(view.forecast(), view.card(), view.openDeals(), view.calls(),
                byCategory, p.contains(calendar.today(scope)), canCall && open(scope, p),
                called == null ? null : "Your call is in. It sits beside the system forecast; every call is kept."));
        return REP;
    }

    @PostMapping("/reps/{id}/forecast/calls")
    String repCall(Scope scope, @PathVariable long id, @RequestParam String period, @RequestParam String amount,
                   @RequestParam(required = false) @Nullable String note) {
        SalesPeriod p = calendar.periodOrCurrent(period, scope);
        forecasts.submitRepCall(scope, id, p, amount(amount), note);
        return "redirect:/reps/" + id + "/forecast?period=" + p + "&called";
    }

    /**
     * htmx: sets a deal's category from the select, from the version the page showed, and answers the select marked
     * as saved. A stale version answers 409 with the select as it stands now and says it changed meanwhile (htmx
     * swaps a 409, see frontline.js).
     */
    @PostMapping("/opportunities/{id}/forecast-category")
    String category(Scope scope, @PathVariable long id, @RequestParam String category,
                    @RequestParam(required = false) @Nullable String version, HttpServletResponse response,
                    Model model) {
        ForecastCategory c = ForecastCategory.parse(category);
        model.addAttribute("id", id);
        try {
            int now = forecasts.setCategory(scope, id, c, version == null ? null : wholeNumber(version));
            model.addAttribute("category", c);
            model.addAttribute("version", now);
            model.addAttribute("saved", true);
            model.addAttribute("stale", false);
        } catch (StaleVersion stale) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("category", forecasts.openDeal(scope, id).map(Driver::category).orElse(null));
            model.addAttribute("version", stale.currentVersion());
            model.addAttribute("saved", false);
            model.addAttribute("stale", true);
        }
        return CATEGORY;
    }

    private static int wholeNumber(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new dev.frontline.shared.Malformed("version", dev.frontline.shared.Echo.quote(text) + " is not a whole number");
        }
    }

    @GetMapping("/regions/{id}/forecast")
    String office(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String period,
                  Model model) {
        SalesPeriod p = calendar.periodOrCurrent(period, scope);
        OfficeForecast office = forecasts.office(scope, id, p);
        List<String> labels = new ArrayList<>();
        Map<String, List<? extends Number>> bars = new LinkedHashMap<>();
        List<BigDecimal> p50 = new ArrayList<>();
        List<BigDecimal> manager = new ArrayList<>();
        List<BigDecimal> reps = new ArrayList<>();
        List<BigDecimal> quota = new ArrayList<>();
        for (OfficeForecast.TeamLine line : office.teams()) {
            labels.add(line.team().name());
            p50.add(line.forecast().p50());
            manager.add(line.managerCall() == null ? null : line.managerCall().amount());
            reps.add(line.repCalls());
            quota.add(line.forecast().quota());
        }
        bars.put("System forecast (P50)", p50);
        bars.put("Manager's call", manager);
        bars.put("Reps' calls", reps);
        Map<String, List<? extends Number>> lines = new LinkedHashMap<>();
        lines.put("Quota", quota);
        model.addAttribute("page", new OfficeForecastPage(office, organization.regions(scope),
                p.contains(calendar.today(scope)), charts.barsWithLine(labels, bars, lines, "$")));
        return OFFICE;
    }

    @GetMapping("/forecast/backtest")
    String backtest(Scope scope, @RequestParam(defaultValue = "team") String level,
                    @RequestParam(defaultValue = "month") String grain, Model model) {
        if (scope.isRep()) {
            throw new NotFoundException("backtest", scope.viewer().username());
        }
        ForecastApi.level(level);
        ForecastApi.grain(grain);
        model.addAttribute("page", new BacktestPage(level, grain));
        return BACKTEST;
    }

    @GetMapping("/forecast/backtest/table")
    String backtestTable(Scope scope, @RequestParam(defaultValue = "team") String level,
                         @RequestParam(defaultValue = "month") String grain, Model model) {
        long started = System.nanoTime();
        Backtest b = forecasts.backtest(scope, ForecastApi.level(level), ForecastApi.grain(grain));
        model.addAttribute("page", new BacktestTable(b, BacktestChart.spec(charts, b),
                (System.nanoTime() - started) / 1_000_000));
        return BACKTEST_TABLE;
    }

    private boolean open(Scope scope, SalesPeriod p) {
        return !p.end().isBefore(calendar.today(scope));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static BigDecimal amount(String text) {
        return dev.frontline.shared.Money.parse("amount", text).amount();
    }
}
