package dev.frontline.results.web;

import dev.frontline.system.FiscalCalendar;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.results.GoalChange;
import dev.frontline.results.Goals;
import dev.frontline.results.Metric;
import dev.frontline.results.QuotaChange;
import dev.frontline.results.AcceptedSuggestions;
import dev.frontline.results.Ramp;
import dev.frontline.results.RampChange;
import dev.frontline.results.RampSetting;
import dev.frontline.results.StartChange;
import dev.frontline.shared.Echo;
import dev.frontline.shared.InvalidInput;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import java.time.LocalDate;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import dev.frontline.results.QuotaSuggestion;
import dev.frontline.results.RegionResults;
import dev.frontline.results.RepResults;
import dev.frontline.results.Results;
import dev.frontline.results.TeamResults;
import dev.frontline.results.TrendPoint;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import dev.frontline.system.Charts;
import dev.frontline.system.web.FormBinding;
import dev.frontline.system.web.KeyedFields;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.servlet.http.HttpServletResponse;

/** Results pages: a team's results, its quota grid, office roll-ups, CSV exports and the fiscal year setting. */
@Controller
@NavSection(Section.RESULTS)
class ResultsPages {

    static final String TEAM = "results/team";
    static final String QUOTAS = "results/quotas";
    static final String REGIONS = "results/regions";
    static final String SETTINGS = "results/settings";
    static final int TREND_PERIODS = 8;

    private final Results results;
    private final Goals goals;
    private final Organization organization;
    private final Charts charts;
    private final FiscalCalendar calendar;

    ResultsPages(Results results, Goals goals, Organization organization, Charts charts, FiscalCalendar calendar) {
        this.calendar = calendar;
        this.results = results;
        this.goals = goals;
        this.organization = organization;
        this.charts = charts;
    }

    @GetMapping("/results")
    String results(Scope scope) {
        Role role = scope.viewer().role();
        if (role == Role.REP) {
            return "redirect:/";
        }
        if (role == Role.MANAGER) {
            List<TeamSummary> teams = organization.teams(scope);
            if (teams.isEmpty()) {
                throw new NotFoundException("team", "of " + scope.viewer().username());
            }
            return "redirect:/teams/" + teams.get(0).id() + "/results";
        }
        return "redirect:/regions";
    }

    @GetMapping("/teams/{id}/results")
    String team(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String period,
                Model model) {
        SalesPeriod p = calendar.periodOrCurrent(period, scope);
        TeamResults r = results.team(scope, id, p);
        List<TrendPoint> trend = results.teamTrend(scope, id, p.grain(), TREND_PERIODS);
        List<String> names = r.reps().stream().map(x -> x.name()).toList();
        Map<String, List<? extends Number>> bars = new LinkedHashMap<>();
        bars.put("Won revenue", r.reps().stream().map(x -> x.figures().wonRevenue()).toList());
        Map<String, List<? extends Number>> quota = new LinkedHashMap<>();
        quota.put("Quota", r.reps().stream().map(x -> x.figures().quota()).toList());
        Map<String, List<? extends Number>> trendBars = new LinkedHashMap<>();
        trendBars.put("Won revenue", trend.stream().map(t -> t.figures().wonRevenue()).toList());
        Map<String, List<? extends Number>> trendQuota = new LinkedHashMap<>();
        trendQuota.put("Quota", trend.stream().map(t -> t.figures().quota()).toList());
        model.addAttribute("page", new TeamResultsPage(r, trend,
                charts.barsWithLine(names, bars, quota, "$"),
                charts.barsWithLine(trend.stream().map(t -> t.period().toString()).toList(), trendBars, trendQuota, "$"),
                charts.funnel(r.funnel().stream().map(f -> f.stage()).toList(),
                        r.funnel().stream().map(f -> f.reached()).toList(), "Deals"),
                p.contains(calendar.today(scope)), !scope.isRep()));
        return TEAM;
    }

    @GetMapping("/teams/{id}/results.csv")
    ResponseEntity<String> teamCsv(Scope scope, @PathVariable long id,
                                   @RequestParam(required = false) @Nullable String period,
                                   @RequestParam(defaultValue = "reps") String table) {
        TeamResults r = results.team(scope, id, calendar.periodOrCurrent(period, scope));
        String csv = switch (table) {
            case "reps" -> ResultsCsv.reps(r);
            case "products" -> ResultsCsv.breakdown(r.byProduct(), "product");
            case "sectors" -> ResultsCsv.breakdown(r.bySector(), "sector");
            case "funnel" -> ResultsCsv.funnel(r.funnel());
            default -> throw new dev.frontline.shared.Malformed("table", "'" + table + "' is no table: use reps, products, sectors or funnel");
        };
        return csv("team-" + id + "-" + table + "-" + r.period() + ".csv", csv);
    }

    @GetMapping("/regions")
    String regions(Scope scope, @RequestParam(required = false) @Nullable String period, Model model) {
        SalesPeriod p = calendar.periodOrCurrent(period, scope);
        List<RegionResults> regions = results.regions(scope, p);
        if (regions.isEmpty()) {
            throw new NotFoundException("office", "in scope");
        }
        model.addAttribute("page", regionsPage(scope, regions, p));
        return REGIONS;
    }

    @GetMapping("/regions/{id}/results")
    String region(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String period,
                  Model model) {
        SalesPeriod p = calendar.periodOrCurrent(period, scope);
        model.addAttribute("page", regionsPage(scope, List.of(results.region(scope, id, p)), p));
        return REGIONS;
    }

    @GetMapping("/regions/{id}/results.csv")
    ResponseEntity<String> regionCsv(Scope scope, @PathVariable long id,
                                     @RequestParam(required = false) @Nullable String period) {
        RegionResults r = results.region(scope, id, calendar.periodOrCurrent(period, scope));
        return csv("office-" + r.region().name().toLowerCase() + "-" + r.period() + ".csv", ResultsCsv.region(r));
    }

    private RegionsPage regionsPage(Scope scope, List<RegionResults> regions, SalesPeriod p) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> won = new ArrayList<>();
        List<@Nullable BigDecimal> quota = new ArrayList<>();
        regions.forEach(r -> r.teams().forEach(t -> {
            labels.add(t.team().name());
            won.add(t.figures().wonRevenue());
            quota.add(t.figures().quota());
        }));
        Map<String, List<? extends Number>> bars = new LinkedHashMap<>();
        bars.put("Won revenue", won);
        Map<String, List<? extends Number>> lines = new LinkedHashMap<>();
        lines.put("Quota", quota);
        return new RegionsPage(regions, p, p.contains(calendar.today(scope)), charts.barsWithLine(labels, bars, lines, "$"));
    }

    @GetMapping("/teams/{id}/quotas")
    String quotas(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable Integer year,
                  @RequestParam(defaultValue = "quarter") String grain,
                  @RequestParam(required = false) @Nullable String period, Model model) {
        @SuppressWarnings("unchecked")
        List<String> items = (List<String>) model.getAttribute("acceptedItems");
        model.addAttribute("page", quotasPage(scope, id, year, grain, period, (String) model.getAttribute("notice"),
                null).accepted((String) model.getAttribute("accepted"),
                items == null ? List.of() : items));
        return QUOTAS;
    }

    @PostMapping("/teams/{id}/quotas")
    String saveQuotas(Scope scope, @PathVariable long id, @Valid QuotaGridForm form, BindingResult binding,
                      HttpServletRequest request, HttpServletResponse response, Model model) {
        KeyedFields cells = KeyedFields.parse(request.getParameterMap(), QuotaGridForm.FIXED,
                QuotaGridForm.QUOTA_FIELDS);
        String notice = null;
        String problem = null;
        try {
            FormBinding.check(binding);
            goals.setQuotas(scope, QuotaGridForm.quotas(id, cells), "MANUAL");
            notice = "Quotas saved.";
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            response.setStatus(422);
        } catch (OptimisticLockingFailureException e) {
            problem = e.getMessage() + " Nothing was saved; the grid below shows the current quotas.";
            response.setStatus(409);
        }
        QuotaGridForm shown = binding.hasErrors() ? QuotaGridForm.DEFAULT : form;
        model.addAttribute("page", quotasPage(scope, id, shown.year(), shown.grainOrQuarter(), shown.period(), notice,
                problem));
        return QUOTAS;
    }

    @PostMapping("/teams/{id}/goals")
    String saveGoals(Scope scope, @PathVariable long id, @Valid QuotaGridForm form, BindingResult binding,
                     HttpServletRequest request) {
        KeyedFields cells = KeyedFields.parse(request.getParameterMap(), QuotaGridForm.FIXED,
                QuotaGridForm.GOAL_FIELDS);
        FormBinding.check(binding);
        if (form.period() == null || form.period().isBlank()) {
            throw new dev.frontline.shared.Malformed("period", "The goals form has no period");
        }
        goals.setGoals(scope, QuotaGridForm.goals(form.period(), cells));
        return "redirect:" + quotasUrl(id, form.yearText(), form.grain(), form.period()) + "&goals=saved";
    }

    @PostMapping("/teams/{id}/quotas/growth")
    String growth(Scope scope, @PathVariable long id, @RequestParam BigDecimal growth,
                  @RequestParam(required = false) @Nullable String period,
                  @RequestParam(required = false) @Nullable String year,
                  @RequestParam(required = false) @Nullable String grain) {
        goals.setGrowth(scope, id, growth);
        return "redirect:" + quotasUrl(id, year, grain, period) + "#suggestions";
    }

    /**
     * Accepts the suggestions for the period and comes back to the same grid (year and grain kept) saying what
     * changed: each quota set, with what was set before.
     */
    @PostMapping("/teams/{id}/quotas/accept")
    String accept(Scope scope, @PathVariable long id, @RequestParam String period,
                  @RequestParam(required = false) @Nullable List<String> reps,
                  @RequestParam(required = false) @Nullable String year,
                  @RequestParam(required = false) @Nullable String grain, RedirectAttributes redirect) {
        AcceptedSuggestions done = goals.acceptSuggestions(scope, id, period, reps);
        redirect.addFlashAttribute("accepted", done.changed().isEmpty() ? done.message()
                : "Set " + done.changed().size() + (done.changed().size() == 1 ? " quota" : " quotas") + " for "
                        + done.period() + ":");
        List<String> items = new ArrayList<>(done.changed().stream().map(AcceptedSuggestions.Change::text).toList());
        if (!done.changed().isEmpty() && !done.unchanged().isEmpty()) {
            items.add(done.unchanged().size() + " already as suggested: " + String.join(", ",
                    done.unchanged().stream().map(m -> m.displayName()).toList()));
        }
        redirect.addFlashAttribute("acceptedItems", items);
        return "redirect:" + quotasUrl(id, year, grain, done.period()) + "#suggestions";
    }

    /** Sets the team's ramp for new hires ({@code 25/50/75/100}); a stale version answers 409, a bad ramp 422. */
    @PostMapping("/teams/{id}/quotas/ramp")
    String saveRamp(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String steps,
                    @RequestParam(required = false) @Nullable String version,
                    @RequestParam(required = false) @Nullable String year,
                    @RequestParam(required = false) @Nullable String grain,
                    @RequestParam(required = false) @Nullable String period,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            RampSetting saved = goals.setRamp(scope, id, new RampChange(Ramp.parse("steps", steps).steps(),
                    version == null || version.isBlank() ? null : Integer.valueOf(version)));
            redirect.addFlashAttribute("notice", saved.steps().isEmpty()
                    ? "Ramp saved: new hires carry their full quota from the day they join."
                    : "Ramp saved: new hires carry " + String.join(", ", saved.steps().stream().map(x -> x + "%").toList())
                            + " of their full quota in their first " + (saved.steps().size() == 1 ? "month"
                            : saved.steps().size() + " months") + ", 100% after.");
            return "redirect:" + quotasUrl(id, year, grain, period);
        } catch (InvalidInput e) {
            return problem(scope, id, year, grain, period, e.getMessage(), 422, response, model);
        } catch (OptimisticLockingFailureException e) {
            return problem(scope, id, year, grain, period, e.getMessage(), 409, response, model);
        }
    }

    /** Corrects the join dates of the team's reps ({@code joined:<username>}, blank = before the records). */
    @PostMapping("/teams/{id}/quotas/starts")
    String saveStarts(Scope scope, @PathVariable long id, @Valid QuotaGridForm form, BindingResult binding,
                      HttpServletRequest request, HttpServletResponse response, Model model,
                      RedirectAttributes redirect) {
        KeyedFields rows = KeyedFields.parse(request.getParameterMap(), QuotaGridForm.FIXED,
                QuotaGridForm.START_FIELDS);
        QuotaGridForm shown = binding.hasErrors() ? QuotaGridForm.DEFAULT : form;
        String year = shown.yearText();
        String grain = shown.grain();
        String period = shown.period();
        Map<Long, StartChange> changes;
        try {
            FormBinding.check(binding);
            changes = QuotaGridForm.starts(rows);
            goals.setStarts(scope, id, changes);
        } catch (InvalidInput e) {
            return problem(scope, id, year, grain, period, e.getMessage(), 422, response, model);
        } catch (OptimisticLockingFailureException e) {
            return problem(scope, id, year, grain, period, e.getMessage(), 409, response, model);
        }
        redirect.addFlashAttribute("notice", changes.isEmpty() ? "No join date changed."
                : "Join dates saved (" + changes.size() + ").");
        return "redirect:" + quotasUrl(id, year, grain, period);
    }

    private String problem(Scope scope, long id, @Nullable String year, @Nullable String grain,
                           @Nullable String period, String message, int status, HttpServletResponse response,
                           Model model) {
        response.setStatus(status);
        model.addAttribute("page", quotasPage(scope, id, year == null || year.isBlank() ? null : Integer.valueOf(year),
                grain == null ? "quarter" : grain, period, null, message));
        return QUOTAS;
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput("joinedOn", "'" + text + "' is not a date (use YYYY-MM-DD)");
        }
    }

    private static String quotasUrl(long teamId, @Nullable String year, @Nullable String grain,
                                    @Nullable String period) {
        StringBuilder url = new StringBuilder("/teams/" + teamId + "/quotas?grain="
                + (grain == null || grain.isBlank() ? "quarter" : grain));
        if (year != null && !year.isBlank()) {
            url.append("&year=").append(Integer.parseInt(year.trim()));
        }
        if (period != null && !period.isBlank()) {
            url.append("&period=").append(java.net.URLEncoder.encode(period.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    /**
     * The quota page: the grid of the year asked for (else of the period asked for, else the current fiscal year),
     * and the suggestions for the period asked for, else the next period at the grid's grain — whatever the year.
     */
    private QuotasPage quotasPage(Scope scope, long teamId, @Nullable Integer year, String grain,
                                  @Nullable String period, @Nullable String notice, @Nullable String problem) {
        Grain g = ResultsApi.grain(grain);
        SalesPeriod suggestFor = period == null || period.isBlank() ? goals.nextPeriod(scope, g) : calendar.parse(period);
        int y = year != null ? year : Integer.parseInt((period == null || period.isBlank()
                ? calendar.current(Grain.YEAR, scope)
                : SalesPeriod.of(Grain.YEAR, suggestFor.start(), suggestFor.firstMonth())).toString());
        List<QuotaSuggestion> suggestions = goals.suggestions(scope, teamId, suggestFor);
        return new QuotasPage(goals.grid(scope, teamId, y, g), suggestFor.toString(), suggestions,
                goals.goals(scope, teamId, suggestFor), goals.ramp(scope, teamId), !scope.isRep(),
                notice, problem, null, List.of());
    }

    @NavSection(Section.SETTINGS)
    @GetMapping("/admin/settings")
    String settings(Model model) {
        model.addAttribute("firstMonth", calendar.firstMonth());
        model.addAttribute("version", calendar.version());
        model.addAttribute("notice", null);
        return SETTINGS;
    }

    @PostMapping("/admin/settings")
    String saveSettings(Scope scope, @RequestParam int firstMonth, @RequestParam int version, Model model) {
        goals.setFiscalFirstMonth(scope, firstMonth, version);
        model.addAttribute("firstMonth", calendar.firstMonth());
        model.addAttribute("version", calendar.version());
        model.addAttribute("notice", "The fiscal year now starts in month " + firstMonth + ".");
        return SETTINGS;
    }

    static BigDecimal amount(String text, String period) {
        return dev.frontline.shared.Money.parse("amount for " + Echo.of(period), text).amount();
    }

    private static ResponseEntity<String> csv(String filename, String body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)).body(body);
    }

}
