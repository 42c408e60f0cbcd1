package dev.frontline.forecast.web;

import dev.frontline.system.FiscalCalendar;
import dev.frontline.forecast.BacktestLevel;
import dev.frontline.forecast.ForecastCategory;
import dev.frontline.forecast.Forecasts;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class ForecastApi {

    private final Forecasts forecasts;

    private final FiscalCalendar calendar;
    private final ForecastTimer timer;

    ForecastApi(Forecasts forecasts, FiscalCalendar calendar, ForecastTimer timer) {
        this.calendar = calendar;
        this.forecasts = forecasts;
        this.timer = timer;
    }

    /** A call: the amount the caller says will be won in the period, and a note. */
    record CallRequest(@NotBlank String period, @NotNull @PositiveOrZero BigDecimal amount,
                       @Nullable @Size(max = 2000) String note) {
    }

    record CategoryRequest(@NotBlank String category, @Nullable Integer version) {
    }

    @GetMapping("/teams/{id}/forecast")
    @Operation(summary = "A team's forecast for a period (2026-11, 2026-Q4 or 2026; default the current quarter)",
            description = "For the team's manager, its director and the admin; reps and anyone outside scope 404. "
                    + "Money in whole units, probabilities 0–1; a period that is not one 422 naming period.")
    ForecastJson.Team team(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String period) {
        SalesPeriod p = calendar.periodOrCurrent(period, scope);
        return ForecastJson.Team.of(timer.teamForApi(() -> forecasts.team(scope, id, p)));
    }

    @GetMapping("/teams/{id}/pipeline-movement")
    @Operation(summary = "How the team's pipeline for a period moved between two days: start, new, pulled in, pushed "
            + "out, grew, shrank, won, lost, end",
            description = "For the team's manager, its director and the admin; reps and anyone outside scope 404. "
                    + "period as the forecast's (default the current quarter); from and to yyyy-MM-dd (defaults: the "
                    + "period's start and today, or the period's end once it has ended). Each bucket has its amount "
                    + "and count over all its deals and lists the largest 20; start + new + pulledIn − pushedOut + "
                    + "grew − shrank − won − lost = end. A malformed date 400; from after to, to after today, or a "
                    + "given day more than the period's length outside the period 422 naming the parameter.")
    ForecastJson.Movement movement(Scope scope, @PathVariable long id,
                                   @RequestParam(required = false) @Nullable String period,
                                   @RequestParam(required = false) @Nullable String from,
                                   @RequestParam(required = false) @Nullable String to) {
        SalesPeriod p = calendar.periodOrCurrent(period, scope);
        return ForecastJson.Movement.of(id, forecasts.movement(scope, id, p, date("from", from), date("to", to)));
    }

    /** A day given as yyyy-MM-dd, or none when blank; anything else 400 naming the parameter. */
    static java.time.@Nullable LocalDate date(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new dev.frontline.shared.Malformed(field, "'" + text + "' is not a date: use yyyy-MM-dd");
        }
    }

    @GetMapping("/reps/{id}/forecast")
    @Operation(summary = "A rep's forecast for a period, with the deals that drive it",
            description = "For the rep themself and whoever sees their deals (their manager, their director, the "
                    + "admin); anyone else, and anyone not a rep on a team, 404. A period that is not one 422 naming "
                    + "period.")
    ForecastJson.Rep rep(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String period) {
        return ForecastJson.Rep.of(forecasts.rep(scope, id, calendar.periodOrCurrent(period, scope)));
    }

    @PutMapping("/reps/{id}/calls")
    @Operation(summary = "Submit a rep's call for a period that has not ended: {period, amount, note?}",
            description = "The rep themself (or the admin); others who see the rep 403, anyone else 404. Every "
                    + "submission is kept, with the system forecast of the moment beside it; a missing period, a "
                    + "negative amount, a note over 2000 characters or a period that has ended 422 naming the field.")
    ForecastJson.CallJson repCall(Scope scope, @PathVariable long id, @Valid @RequestBody CallRequest call) {
        return ForecastJson.CallJson.of(forecasts.submitRepCall(scope, id, calendar.periodOrCurrent(call.period(), scope),
                call.amount(), call.note()));
    }

    @GetMapping("/reps/{id}/calls")
    @Operation(summary = "Every call the rep submitted, newest first",
            description = "For the rep themself and whoever sees their deals (their manager, their director, the "
                    + "admin); anyone else 404.")
    List<ForecastJson.CallJson> repCalls(Scope scope, @PathVariable long id) {
        return forecasts.repCalls(scope, id).stream().map(ForecastJson.CallJson::of).toList();
    }

    @PutMapping("/teams/{id}/calls")
    @Operation(summary = "Submit the team's call for a period that has not ended: {period, amount, note?}",
            description = "The team's manager (or the admin); directors 403, reps and others outside the team 404. "
                    + "Every submission is kept, with the system forecast of the moment beside it; a missing period, "
                    + "a negative amount, a note over 2000 characters or a period that has ended 422 naming the "
                    + "field.")
    ForecastJson.CallJson teamCall(Scope scope, @PathVariable long id, @Valid @RequestBody CallRequest call) {
        return ForecastJson.CallJson.of(forecasts.submitTeamCall(scope, id, calendar.periodOrCurrent(call.period(), scope),
                call.amount(), call.note()));
    }

    @GetMapping("/teams/{id}/calls")
    @Operation(summary = "Every call the team's manager submitted, newest first",
            description = "For the team's manager, its director and the admin; reps and anyone outside scope 404.")
    List<ForecastJson.CallJson> teamCalls(Scope scope, @PathVariable long id) {
        return forecasts.teamCalls(scope, id).stream().map(ForecastJson.CallJson::of).toList();
    }

    @PutMapping("/opportunities/{id}/forecast-category")
    @Operation(summary = "Set an open deal's forecast category: {category: COMMIT | BEST_CASE | PIPELINE | OMITTED, "
            + "version?}",
            description = "Anyone who sees the deal (a rep their own deals); outside scope 404; a category that is "
                    + "none of the four 400, a closed deal 422. version: the one read (0: none yet), a stale one "
                    + "409; without it, set whatever it is.")
    Map<String, Object> category(Scope scope, @PathVariable long id, @Valid @RequestBody CategoryRequest request) {
        ForecastCategory category = ForecastCategory.parse(request.category());
        int version = forecasts.setCategory(scope, id, category, request.version());
        return Map.of("opportunityId", id, "category", category, "version", version);
    }

    @GetMapping("/regions/{id}/forecast")
    @Operation(summary = "An office's roll-up: each team's system forecast, its manager's call and its reps' calls",
            description = "Directors for their own office, the admin for any; managers, reps and anyone else 404. A "
                    + "period that is not one 422 naming period.")
    ForecastJson.Office office(Scope scope, @PathVariable long id,
                               @RequestParam(required = false) @Nullable String period) {
        return ForecastJson.Office.of(forecasts.office(scope, id, calendar.periodOrCurrent(period, scope)));
    }

    @GetMapping("/forecast/backtest")
    @Operation(summary = "Replay history at every month (quarter) start and score frontline, weighted-pipeline and "
            + "run-rate: {methods:[{name, mape, bias, coverage}], rows:[…]}",
            description = "Over the teams in the caller's scope; reps 404. level team|rep, grain month|quarter "
                    + "(another word 400). MAPE and bias in percent over periods with a won revenue; coverage in "
                    + "percent (frontline only): how often the won revenue fell inside P10–P90.")
    ForecastJson.BacktestJson backtest(Scope scope, @RequestParam(defaultValue = "team") String level,
                                       @RequestParam(defaultValue = "month") String grain) {
        return ForecastJson.BacktestJson.of(forecasts.backtest(scope, level(level), grain(grain)));
    }

    static BacktestLevel level(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "team" -> BacktestLevel.TEAM;
            case "rep" -> BacktestLevel.REP;
            default -> throw new dev.frontline.shared.Malformed("level", "'" + text + "' is not a level: use team or rep");
        };
    }

    static Grain grain(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "month" -> Grain.MONTH;
            case "quarter" -> Grain.QUARTER;
            default -> throw new dev.frontline.shared.Malformed("grain", "'" + text + "' is not a grain: use month or quarter");
        };
    }
}
