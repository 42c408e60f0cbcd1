package dev.frontline.home;

import dev.frontline.forecast.Driver;
import dev.frontline.forecast.ForecastCategory;
import dev.frontline.pipeline.HistoryEntry;
import dev.frontline.pipeline.Stage;
import dev.frontline.system.Fmt;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
 * @param owner    the deal's owner, "(former)" after the name of a rep who left
 * @param history  the deal's recorded changes, newest first
 * @param form     the edit form
 */
public record DealPage(DealDetails details, Member owner, @Nullable Driver forecast, SalesPeriod period,
                       List<HistoryEntry> history, List<Stage> stages, DealForm form) {

    /** The day Frontline first stored the deal, for the history's empty state. */
    public LocalDate importedOn() {
        return details.importedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** What a change is of, for people. */
    public static String fieldLabel(String field) {
        return switch (field) {
            case "stage" -> "Stage";
            case "amount" -> "Amount";
            case "close_date" -> "Close date";
            case "owner" -> "Owner";
            case "forecast_category" -> "Forecast category";
            case "next_step" -> "Next step";
            default -> field;
        };
    }

    /** A value of the history as people read it: money, dates and categories formatted; none is "—". */
    public static String value(String field, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        try {
            return switch (field) {
                case "amount" -> Fmt.money(new BigDecimal(value));
                case "close_date" -> Fmt.date(LocalDate.parse(value));
                case "forecast_category" -> ForecastCategory.valueOf(value).label();
                default -> value;
            };
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return value;
        }
    }

    /** Who or what made a change: "by cara.losch", "by an import", "from the CRM". */
    public static String by(HistoryEntry entry) {
        return switch (entry.source()) {
            case "edit" -> "by " + (entry.changedBy() == null ? "someone" : entry.changedBy());
            case "import" -> "by an import";
            case "crm" -> "from the CRM";
            default -> entry.source();
        };
    }

    /** The day of a change (UTC, as the page dates the import). */
    public static LocalDate day(HistoryEntry entry) {
        return entry.changedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The forecast categories an open deal may take. */
    public List<ForecastCategory> categories() {
        return List.of(ForecastCategory.values());
    }

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
