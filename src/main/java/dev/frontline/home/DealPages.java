package dev.frontline.home;

import dev.frontline.forecast.Driver;
import dev.frontline.forecast.Forecasts;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.DealDetails;
import dev.frontline.pipeline.DealEdit;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import dev.frontline.shared.StaleVersion;
import dev.frontline.system.FiscalCalendar;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A deal's page, {@code /opportunities/{id}}: what the pipeline keeps of it, its account and product, what the
 * forecast makes of it (an open deal's chance in the current period, its category and why; a closed deal's
 * outcome), its history as a timeline and a form to edit it. It lives here because it needs both the pipeline and
 * the forecast, and the forecast depends on the pipeline, not the other way round. Whoever sees the deal sees the
 * page and may edit it; anyone else gets 404.
 */
@Controller
@NavSection(Section.DEALS)
class DealPages {

    static final String DEAL = "home/deal";

    private final Pipeline pipeline;
    private final Organization organization;
    private final Forecasts forecasts;
    private final FiscalCalendar calendar;

    DealPages(Pipeline pipeline, Organization organization, Forecasts forecasts, FiscalCalendar calendar) {
        this.pipeline = pipeline;
        this.organization = organization;
        this.forecasts = forecasts;
        this.calendar = calendar;
    }

    @GetMapping("/opportunities/{id}")
    String deal(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String saved,
                Model model) {
        DealDetails details = pipeline.dealDetails(scope, id);
        @Nullable Driver odds = odds(scope, details);
        return page(scope, details, odds, shown(details, odds, saved != null), model);
    }

    /**
     * The edit form: fields that are as the page showed them stay out of the edit (so that an unchanged stage of a
     * deal the data closes after today, or its expected close date, is not written back); saved, back to the page;
     * refused, the page again with what was posted, the problems beside their fields (422), or "changed meanwhile"
     * (409).
     */
    @PostMapping("/opportunities/{id}/edit")
    String edit(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String version,
                @RequestParam(required = false) @Nullable String stage,
                @RequestParam(required = false) @Nullable String amount,
                @RequestParam(required = false) @Nullable String closeDate,
                @RequestParam(required = false) @Nullable String nextStep,
                @RequestParam(required = false) @Nullable String forecastCategory,
                @RequestParam(required = false) @Nullable String forecastCategoryVersion,
                HttpServletResponse response, Model model) {
        DealDetails details = pipeline.dealDetails(scope, id);
        @Nullable Driver odds = odds(scope, details);
        DealForm before = shown(details, odds, false);
        DealForm posted = new DealForm(text(stage), text(amount), text(closeDate), text(nextStep),
                text(forecastCategory), Map.of(), false, false);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer expected = whole(version, "version", errors);
        Integer categoryVersion = forecastCategoryVersion == null || forecastCategoryVersion.isBlank() ? null
                : whole(forecastCategoryVersion, "forecastCategory", errors);
        BigDecimal newAmount = null;
        if (!posted.amount().equals(before.amount()) && !posted.amount().isEmpty()) {
            try {
                newAmount = new BigDecimal(posted.amount().replace(",", "").replace(" ", ""));
            } catch (NumberFormatException e) {
                errors.put("amount", "'" + posted.amount() + "' is not an amount");
            }
        }
        LocalDate newClose = null;
        if (!posted.closeDate().equals(before.closeDate()) && !posted.closeDate().isEmpty()) {
            try {
                newClose = LocalDate.parse(posted.closeDate());
            } catch (DateTimeParseException e) {
                errors.put("closeDate", "'" + posted.closeDate() + "' is not a date (yyyy-mm-dd)");
            }
        }
        if (errors.isEmpty()) {
            try {
                pipeline.edit(scope, id, new DealEdit(expected,
                        posted.stage().isEmpty() ? null : changed(posted.stage(), before.stage()), newAmount,
                        newClose, nextStep == null ? null : changed(posted.nextStep(), before.nextStep()),
                        posted.category().isEmpty() ? null : changed(posted.category(), before.category()),
                        categoryVersion));
                return "redirect:/opportunities/" + id + "?saved=1#history";
            } catch (InvalidInput e) {
                e.errors().forEach(m -> {
                    int colon = m.indexOf(": ");
                    errors.merge(colon > 0 ? m.substring(0, colon) : "form", colon > 0 ? m.substring(colon + 2) : m,
                            (a, b) -> a + "; " + b);
                });
            } catch (StaleVersion e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return page(scope, details, odds, new DealForm(before.stage(), before.amount(), before.closeDate(),
                        before.nextStep(), before.category(), Map.of(), true, false), model);
            }
        }
        response.setStatus(422);
        return page(scope, details, odds, new DealForm(posted.stage(), posted.amount(), posted.closeDate(),
                posted.nextStep(), posted.category(), errors, false, false), model);
    }

    private @Nullable Driver odds(Scope scope, DealDetails details) {
        return details.deal().outcome() == Outcome.OPEN
                ? forecasts.openDeal(scope, details.deal().id()).orElse(null) : null;
    }

    private String page(Scope scope, DealDetails details, @Nullable Driver odds, DealForm form, Model model) {
        Member owner = organization.person(scope, details.deal().ownerId());
        if (organization.former(Set.of(owner.id())).contains(owner.id())) {
            owner = new Member(owner.id(), owner.username(), owner.displayName() + " (former)", owner.firstName(),
                    owner.lastName(), owner.title(), owner.teamId(), owner.team(), owner.regionId(), owner.region());
        }
        model.addAttribute("page", new DealPage(details, owner, odds, calendar.current(Grain.QUARTER, scope),
                pipeline.history(scope, details.deal().id()), pipeline.stages(), form));
        return DEAL;
    }

    /** The form as the deal stands: its own amount (not a list price standing in), its stored close date. */
    private static DealForm shown(DealDetails details, @Nullable Driver odds, boolean saved) {
        Deal d = details.deal();
        BigDecimal own = d.amountEstimated() ? null : d.amount();
        return new DealForm(d.stage(), own == null ? "" : own.setScale(2).toPlainString(),
                d.closeDate() == null ? "" : d.closeDate().toString(), text(details.nextStep()),
                odds == null || odds.category() == null ? "" : odds.category().name(), Map.of(), false, saved);
    }

    private static @Nullable String changed(String posted, String shown) {
        return Objects.equals(posted, shown) ? null : posted;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }

    private static @Nullable Integer whole(@Nullable String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "the version read is a whole number");
            return null;
        }
    }
}
