package dev.frontline.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An opportunity as an import file gives it, its references already checked. */
public record OpportunityLine(String externalId, long ownerId, @Nullable String product, @Nullable String account,
                              String stage, @Nullable String name, @Nullable BigDecimal amount,
                              @Nullable LocalDate engageDate, @Nullable LocalDate closeDate) {
}
