package dev.frontline.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A deal a data-quality check found, with what the check is about.
 *
 * @param group      for duplicates, the group's id (its lowest deal id); otherwise null
 * @param ignoredBy  who ignored the finding (a username), null while it counts
 */
public record QualityDeal(long id, String externalId, @Nullable String name, long ownerId, @Nullable String account,
                          @Nullable String product, String stage, @Nullable BigDecimal amount,
                          @Nullable LocalDate createdDate, @Nullable LocalDate closeDate, @Nullable Long group,
                          @Nullable String ignoredBy, @Nullable Instant ignoredAt) {
}
