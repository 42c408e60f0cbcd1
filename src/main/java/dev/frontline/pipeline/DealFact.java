package dev.frontline.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The facts of one deal that results and forecasts are computed from.
 *
 * @param amount       the deal's own amount (close value when closed), if any
 * @param value        the amount, or the product's list price when the amount is unknown
 * @param createdDate  when the deal was created: the CRM's created date, else its engage date
 * @param closeDate    when it closed; for an open deal, the expected close date if the CRM has one
 */
public record DealFact(long id, long ownerId, @Nullable String product, @Nullable String sector, String stage,
                       int stagePosition, Outcome outcome, @Nullable BigDecimal amount, @Nullable BigDecimal value,
                       @Nullable LocalDate createdDate, @Nullable LocalDate engageDate,
                       @Nullable LocalDate closeDate) {

    public boolean won() {
        return outcome == Outcome.WON;
    }

    public boolean lost() {
        return outcome == Outcome.LOST;
    }

    public boolean open() {
        return outcome == Outcome.OPEN;
    }

    public boolean closedWithin(LocalDate from, LocalDate to) {
        return !open() && closeDate != null && !closeDate.isBefore(from) && !closeDate.isAfter(to);
    }

    public boolean createdWithin(LocalDate from, LocalDate to) {
        return createdDate != null && !createdDate.isBefore(from) && !createdDate.isAfter(to);
    }
}
