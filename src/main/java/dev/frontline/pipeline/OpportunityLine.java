package dev.frontline.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity as an import file gives it, its references already checked.
 *
 * @param closeDate   when it closed; for an open deal, its expected close date if the file has one
 * @param createdDate when it was created in the CRM, if the file says
 */
public record OpportunityLine(String externalId, long ownerId, @Nullable String product, @Nullable String account,
                              String stage, @Nullable String name, @Nullable BigDecimal amount,
                              @Nullable LocalDate engageDate, @Nullable LocalDate closeDate,
                              @Nullable LocalDate createdDate) {

    /** A line without a created date (the dataset has none). */
    public OpportunityLine(String externalId, long ownerId, @Nullable String product, @Nullable String account,
                           String stage, @Nullable String name, @Nullable BigDecimal amount,
                           @Nullable LocalDate engageDate, @Nullable LocalDate closeDate) {
        this(externalId, ownerId, product, account, stage, name, amount, engageDate, closeDate, null);
    }
}
