package dev.frontline.forecast;

import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A {@link Forecast}'s figures from one distribution of an outlook: the team's, a rep's or an office's sum. */
final class Figures {

    private Figures() {
    }

    static Forecast forecast(Outlook o, Dist d, @Nullable BigDecimal quota, List<Driver> drivers,
                             long expectedNewCents) {
        BigDecimal chance = quota == null ? null
                : BigDecimal.valueOf(d.probabilityOfReaching(Money.cents(quota))).setScale(3, RoundingMode.HALF_UP);
        List<Outlook.DealOutlook> open = openDeals(o, d);
        String headline = Headline.of(o.history(), d.wonToDate(), d.p10(), d.p90(), quota == null ? null : Money.cents(quota),
                chance == null ? null : chance.doubleValue(), open.size(),
                open.stream().mapToLong(Outlook.DealOutlook::amountCents).sum());
        return new Forecast(o.period(), o.asOf(), o.history(), o.references(), Explanations.basis(o),
                Money.exact(d.wonToDate()), Money.of(d.p10()), Money.of(d.p50()), Money.of(d.p90()), Money.of(d.mean()),
                quota, chance, Money.of(o.history() ? expectedNewCents : 0), drivers, headline,
                o.history() && Headline.rangeShown(d.wonToDate(), d.p10(), d.p90()));
    }

    /** The team's forecast, with the drivers given. */
    static Forecast team(Outlook o, @Nullable BigDecimal quota, List<Driver> drivers) {
        return forecast(o, o.team(), quota, drivers, expectedNew(o));
    }

    /** One rep's forecast, with the drivers given. */
    static Forecast rep(Outlook o, long repId, @Nullable BigDecimal quota, List<Driver> drivers) {
        Outlook.RepOutlook rep = o.reps().get(repId);
        return forecast(o, rep.dist(), quota, drivers, rep.expectedNew());
    }

    /** What an office with no team forecasts: nothing. */
    static Forecast none(SalesPeriod period, LocalDate today) {
        return new Forecast(period, today, false, 0, "No team.", BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null, BigDecimal.ZERO, List.of(),
                "No team to forecast.", false);
    }

    private static long expectedNew(Outlook o) {
        return o.reps().values().stream().mapToLong(Outlook.RepOutlook::expectedNew).sum();
    }

    /** The open deals behind a distribution: the team's, or one rep's (none for an office's sum). */
    private static List<Outlook.DealOutlook> openDeals(Outlook o, Dist d) {
        if (d == o.team()) {
            return o.reps().values().stream().flatMap(r -> r.deals().stream()).toList();
        }
        return o.reps().values().stream().filter(r -> r.dist() == d).findFirst().map(Outlook.RepOutlook::deals)
                .orElse(List.of());
    }
}
