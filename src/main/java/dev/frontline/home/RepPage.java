package dev.frontline.home;

import dev.frontline.forecast.ForecastCard;
import dev.frontline.organization.Member;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.RepNumbers;
import dev.frontline.results.Figures;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.system.Whose;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rep: their figures and latest deals (when the viewer may see their deals) and their team's roster.
 *
 * @param self       true when the rep is looking at their own page
 * @param figures    their results for the period (quota, attainment, pacing) when their deals are visible
 * @param trendChart won revenue against quota over the last quarters
 * @param forecast   their forecast for the period and the next, with the fan chart, when their deals are visible
 */
public record RepPage(Member rep, boolean self, SalesPeriod period, boolean current, @Nullable RepNumbers numbers,
                      @Nullable Figures figures, @Nullable String trendChart,
                      List<Deal> openDeals, List<Deal> recentlyClosed, List<Member> roster,
                      @Nullable ForecastCard forecast) {

    /** Whose the figures are, for their labels: "Your won revenue" on one's own page, else the rep's name. */
    public Whose whose() {
        return self ? Whose.yours() : Whose.person(rep.displayName());
    }

    public boolean dealsVisible() {
        return numbers != null;
    }
}
