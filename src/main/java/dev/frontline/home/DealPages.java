package dev.frontline.home;

import dev.frontline.forecast.Driver;
import dev.frontline.forecast.Forecasts;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.pipeline.DealDetails;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import dev.frontline.system.FiscalCalendar;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A deal's page, {@code /opportunities/{id}}: what the pipeline keeps of it, its account and product, and what the
 * forecast makes of it (an open deal's chance in the current period, its category and why; a closed deal's
 * outcome). It lives here because it needs both the pipeline and the forecast, and the forecast depends on the
 * pipeline, not the other way round. Whoever sees the deal sees the page; anyone else gets 404.
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
    String deal(Scope scope, @PathVariable long id, Model model) {
        DealDetails details = pipeline.dealDetails(scope, id);
        Member owner = organization.person(scope, details.deal().ownerId());
        @Nullable Driver odds = details.deal().outcome() == Outcome.OPEN
                ? forecasts.openDeal(scope, id).orElse(null) : null;
        model.addAttribute("page", new DealPage(details, owner, odds, calendar.current(Grain.QUARTER, scope)));
        return DEAL;
    }
}
