package dev.frontline.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Everything the pipeline knows of one deal, for its page.
 *
 * @param crmCreatedDate the created date the CRM gave, if any ({@link Deal#createdDate()} falls back on the engage
 *                       date)
 * @param account        the customer account, if the deal names one
 * @param product        the product, if the deal names one
 * @param importedAt     when Frontline first stored the deal
 * @param updatedAt      when an import or an edit last changed it
 * @param nextStep       what happens next, as an edit in Frontline wrote it
 * @param version        the deal's version, which an edit sends back ({@link Pipeline#edit})
 */
public record DealDetails(Deal deal, @Nullable LocalDate crmCreatedDate, @Nullable AccountLine account,
                          @Nullable ProductLine product, Instant importedAt, Instant updatedAt, int version,
                          @Nullable String nextStep) {
}
