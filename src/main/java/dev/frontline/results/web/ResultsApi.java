package dev.frontline.results.web;

import dev.frontline.system.FiscalCalendar;
import dev.frontline.organization.Organization;
import dev.frontline.results.GoalChange;
import dev.frontline.results.Goals;
import dev.frontline.results.QuotaChange;
import dev.frontline.results.QuotaGrid;
import dev.frontline.results.QuotaSuggestion;
import dev.frontline.results.AcceptedSuggestions;
import dev.frontline.results.RampChange;
import dev.frontline.results.RampSetting;
import dev.frontline.results.StartChange;
import dev.frontline.results.Results;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class ResultsApi {

    private final Results results;
    private final Goals goals;
    private final Organization organization;
    private final FiscalCalendar calendar;

    ResultsApi(Results results, Goals goals, Organization organization, FiscalCalendar calendar) {
        this.calendar = calendar;
        this.results = results;
        this.goals = goals;
        this.organization = organization;
    }

    @GetMapping("/teams/{id}/results")
    @Operation(summary = "A team's results for a period (2026-Q4, 2026-11 or 2026; default the current quarter)",
            description = "For the team's manager, its director and the admin; reps and anyone outside scope 404. "
                    + "Each rep's figures beside the team's with ranks and gaps, the funnel and the breakdowns by "
                    + "product and sector; a period that is not one 422 naming period.")
    ResultsJson.Team team(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String period) {
        return ResultsJson.Team.of(results.team(scope, id, calendar.periodOrCurrent(period, scope)));
    }

    @GetMapping("/reps/{id}/results")
    @Operation(summary = "A rep's trend: their figures for each of the last N periods",
            description = "For the rep themself and whoever sees their deals (their manager, their director, the "
                    + "admin); anyone else 404. Oldest first, the current period last; periods 1 to 36 (default 8, "
                    + "else 422), grain month, quarter or year (default quarter; another word 400).")
    ResultsJson.Trend rep(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "8") int periods,
                          @RequestParam(defaultValue = "quarter") String grain) {
        Grain g = grain(grain);
        var points = results.repTrend(scope, id, g, periods).stream().map(ResultsJson.Point::of).toList();
        return new ResultsJson.Trend(ResultsJson.RepRef.of(organization.person(scope, id)),
                g.name().toLowerCase(Locale.ROOT), points);
    }

    @GetMapping("/regions/{id}/results")
    @Operation(summary = "An office's roll-up: each team and the office total (directors and the admin)",
            description = "Directors for their own office, the admin for any; managers, reps and anyone else 404. A "
                    + "period that is not one 422 naming period.")
    ResultsJson.Region region(Scope scope, @PathVariable long id,
                              @RequestParam(required = false) @Nullable String period) {
        return ResultsJson.Region.of(results.region(scope, id, calendar.periodOrCurrent(period, scope)));
    }

    @PutMapping("/quotas")
    @Operation(summary = "Set quotas, all or none: [{rep|team, period, amount, version?}]",
            description = "rep is a username, team a team id: each row names exactly one, an amount of zero or more "
                    + "and a period, else 422 and nothing is saved. Reps 403; a rep or team outside scope 404; "
                    + "version: the one read (0: none set yet), left out to overwrite; a stale one 409.")
    Map<String, Integer> setQuotas(Scope scope, @RequestBody List<QuotaChange> changes) {
        goals.setQuotas(scope, changes, "MANUAL");
        return Map.of("saved", changes.size());
    }

    @PutMapping("/goals")
    @Operation(summary = "Set non-revenue goals, all or none: [{rep, period, metric, target}]",
            description = "metric is DEALS_WON, PIPELINE_CREATED or OPPORTUNITIES_CREATED and target zero or more, "
                    + "else 422 and nothing is saved. Reps 403; a rep outside scope 404.")
    Map<String, Integer> setGoals(Scope scope, @RequestBody List<GoalChange> changes) {
        goals.setGoals(scope, changes);
        return Map.of("saved", changes.size());
    }

    @GetMapping("/teams/{id}/quotas")
    @Operation(summary = "A team's quotas for a fiscal year: reps × periods and the team row",
            description = "For the team's manager, its director and the admin; reps and anyone outside scope 404. "
                    + "year defaults to the current fiscal year and grain to quarter (month also); a grain that is "
                    + "no grain 400.")
    QuotaGrid quotas(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable Integer year,
                     @RequestParam(defaultValue = "quarter") String grain) {
        int y = year == null ? Integer.parseInt(calendar.current(Grain.YEAR, scope).toString()) : year;
        return goals.grid(scope, id, y, grain(grain));
    }

    @GetMapping("/teams/{id}/quota-suggestions")
    @Operation(summary = "Suggested quotas for a team's reps for a period (default the next quarter), with the "
            + "arithmetic behind each",
            description = "For the team's manager, its director and the admin; reps and anyone outside scope 404. "
                    + "suggested is the full quota accepting sets; effective what it counts for once a new hire's "
                    + "quota is prorated by the team's ramp (ramp says how); a period that is not one 422.")
    List<QuotaSuggestion> suggestions(Scope scope, @PathVariable long id,
                                      @RequestParam(required = false) @Nullable String period) {
        return goals.suggestions(scope, id, period == null || period.isBlank()
                ? goals.nextPeriod(scope, Grain.QUARTER) : calendar.parse(period));
    }

    /** Which suggestions to accept: the period (required) and, optionally, only some reps (usernames). */
    record AcceptRequest(@Nullable String period, @Nullable List<String> reps) {
    }

    /** What accepting changed, and the same in words. */
    record Accepted(String period, List<AcceptedSuggestions.Change> changed, List<ResultsJson.RepRef> unchanged,
                    String message) {
    }

    @PostMapping("/teams/{id}/quota-suggestions/accept")
    @Operation(summary = "Set the suggested quotas for a period, all or none: {period, reps?}",
            description = "Answers each quota set with the one set for exactly that period before (null: none), the "
                    + "reps already as suggested, and a message. Reps 403; a team outside scope 404; no period 422.")
    Accepted accept(Scope scope, @PathVariable long id, @RequestBody AcceptRequest request) {
        AcceptedSuggestions done = goals.acceptSuggestions(scope, id, request.period(), request.reps());
        return new Accepted(done.period(), done.changed(),
                done.unchanged().stream().map(ResultsJson.RepRef::of).toList(), done.message());
    }

    @GetMapping("/teams/{id}/ramp")
    @Operation(summary = "A team's ramp for new hires and when each rep joined",
            description = "For the team's manager, its director and the admin; reps and anyone outside scope 404. "
                    + "steps: percent of the full quota in the 1st, 2nd, … month after joining (the joining month is "
                    + "the 1st, prorated by its days from the join date); 100% after the last step.")
    RampSetting ramp(Scope scope, @PathVariable long id) {
        return goals.ramp(scope, id);
    }

    @PutMapping("/teams/{id}/ramp")
    @Operation(summary = "Set a team's ramp: {steps: [25, 50, 75, 100], version}",
            description = "Each step 0–100, never going down, at most 12 (422 naming steps); version required, 0 when "
                    + "none was set; a stale version 409. Reps 403; a team outside scope 404.")
    RampSetting setRamp(Scope scope, @PathVariable long id, @RequestBody RampChange change) {
        return goals.setRamp(scope, id, change);
    }

    @PutMapping("/reps/{id}/start")
    @Operation(summary = "Correct when a rep joined: {joinedOn: 2026-11-01 | null, version}",
            description = "null: joined before Frontline's records (nothing prorated). version required, 0 when none "
                    + "was recorded; a stale version 409. Reps 403; a rep whose deals the caller does not see 404.")
    RampSetting.RepStart setStart(Scope scope, @PathVariable long id, @RequestBody StartChange change) {
        return goals.setStart(scope, id, change);
    }

    static Grain grain(String text) {
        try {
            return Grain.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new dev.frontline.shared.Malformed("grain", "'" + text + "' is not a grain: use month, quarter or year");
        }
    }
}
