package dev.frontline.results.web;

import dev.frontline.results.TeamResults;
import dev.frontline.results.TrendPoint;
import java.util.List;

/** The team results page: the results, the trend and the charts' specifications. */
public record TeamResultsPage(TeamResults results, List<TrendPoint> trend, String repChart, String trendChart,
                              String funnelChart, boolean current, boolean canEditQuotas) {

    /** The link to the deals behind a figure. */
    public String deals(String owner, String status, boolean closedInPeriod) {
        String link = "/opportunities?teamId=" + results.team().id();
        if (!owner.isEmpty()) {
            link += "&owner=" + owner;
        }
        if (!status.isEmpty()) {
            link += "&status=" + status;
        }
        if (closedInPeriod) {
            link += "&closedFrom=" + results.period().start() + "&closedTo=" + results.period().end();
        }
        return link;
    }

    public String dealsAbout(String param, String value) {
        return deals("", "", true) + "&" + param + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
