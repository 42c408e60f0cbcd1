package dev.frontline.forecast;

import dev.frontline.system.Fmt;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The forecast in words: what it learned from, and why each driver counts as it does. */
final class Explanations {

    private Explanations() {
    }

    /** What the forecast learned from and which ways of forecasting it leans on. */
    static String basis(Outlook o) {
        if (!o.history()) {
            return "Not enough history yet: no earlier complete period like this one (" + ForecastModel.kind(o.period())
                    + ") to learn from, so this is only what is won to date.";
        }
        ForecastModel.Structure st = Objects.requireNonNull(o.structure());
        Map.Entry<ForecastModel.PipelineWay, Double> pipe = st.pipeline().entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        Map.Entry<ForecastModel.NewWay, Double> fresh = st.fresh().entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        String unit = switch (o.period().grain()) {
            case MONTH -> "month";
            case QUARTER -> "quarter";
            case YEAR -> "year";
        };
        String learned = "Learned from the team's last " + (o.references() == 1 ? unit : o.references() + " " + unit + "s")
                + ", each replayed at this point with what was known then. Open deals: odds mostly from "
                + pipe.getKey().words + " (" + pct(pipe.getValue()) + " of the weight); new deals: mostly "
                + fresh.getKey().words + " (" + pct(fresh.getValue()) + ").";
        return learned + (st.validations() == 0 ? " Too little history yet to tell which way forecasts this team best,"
                + " so every way counts alike."
                : " These are the ways that would have forecast the team's last " + (st.validations() == 1 ? unit
                : st.validations() + " " + unit + "s") + " best.");
    }

    /** Why an open deal has the odds it has: its age, how such deals closed, and the rep's share of the wins. */
    static String deal(Outlook.RepOutlook rep, Outlook.DealOutlook d) {
        String name = first(rep.rep().name());
        String age = d.ageMonths() == 0 ? "Created this month" : "Open " + d.ageMonths()
                + (d.ageMonths() == 1 ? " month" : " months");
        StringBuilder why = new StringBuilder(String.format(Locale.ROOT,
                "%s. In the periods the forecast learns from, %s of deals that old at this point closed by the "
                        + "period's end, and %s won %s of such closes (team %s).", age, pct(d.closeRate()), name,
                pct(d.winShare()), pct(d.teamWinShare())));
        if (d.amountEstimated()) {
            why.append(" Amount: ").append(name).append("'s average won ").append(d.product() == null ? "deal"
                    : d.product() + " deal").append(" (the team's where ").append(name).append(" has won none).");
        }
        return why.toString();
    }

    /** Why an open deal adds nothing: it is not engaged yet, or no deal that old closed in such periods. */
    static String unmodelledDeal(boolean engaged) {
        return engaged ? "No deal this old has closed in periods like this one."
                : "Not engaged yet: deals like it are in the new deals the rep usually wins.";
    }

    /** The new deals a rep usually creates and wins inside such a period: how many, and their average amount. */
    static String newDeals(Outlook.RepOutlook rep) {
        return String.format(Locale.ROOT, "New deals %s is expected to create and win inside the period: %.1f, about %s"
                + " each.", first(rep.rep().name()), rep.newRate(), Fmt.money(Money.exact(rep.newAverage())));
    }

    private static String first(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static String pct(double share) {
        return Math.round(share * 100) + "%";
    }
}
