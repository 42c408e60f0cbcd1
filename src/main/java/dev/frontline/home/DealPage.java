package dev.frontline.home;

import dev.frontline.forecast.Driver;
import dev.frontline.organization.Member;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.DealDetails;
import dev.frontline.pipeline.Outcome;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One deal's page.
 *
 * @param forecast for an open deal its line in the owner's forecast of {@code period}; {@code null} for a closed
 *                 deal or one no forecast covers
 */
public record DealPage(DealDetails details, Member owner, @Nullable Driver forecast, SalesPeriod period) {

    public Deal deal() {
        return details.deal();
    }

    public String title() {
        return "Deal " + deal().externalId();
    }

    public boolean open() {
        return deal().outcome() == Outcome.OPEN;
    }

    /** The chance the deal is won in the period, in whole percent, e.g. "34%". */
    public String chance() {
        BigDecimal p = forecast == null || forecast.probability() == null ? BigDecimal.ZERO : forecast.probability();
        return p.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Days from engaged to closed, for a closed deal with both dates. */
    public @Nullable Long cycleDays() {
        Deal d = deal();
        return open() || d.engageDate() == null || d.closeDate() == null ? null
                : ChronoUnit.DAYS.between(d.engageDate(), d.closeDate());
    }

    public String ownerDeals() {
        return UriComponentsBuilder.fromPath("/opportunities").queryParam("owner", owner.username()).build().encode()
                .toUriString();
    }

    public @Nullable String accountDeals() {
        return details.account() == null ? null : UriComponentsBuilder.fromPath("/opportunities")
                .queryParam("q", details.account().name()).build().encode().toUriString();
    }

    public @Nullable String productDeals() {
        return details.product() == null ? null : UriComponentsBuilder.fromPath("/opportunities")
                .queryParam("product", details.product().name()).build().encode().toUriString();
    }
}
