package dev.frontline.pipeline;

import java.util.List;

/**
 * One check's findings in a scope.
 *
 * @param count        the findings that count: deals, or for duplicates groups of two or more deals not ignored
 * @param ignoredCount the deals whose finding was ignored
 * @param deals        the findings shown: the requested page of them (whole groups for duplicates)
 * @param ignored      the ignored deals shown, up to the same page size
 */
public record QualityFinding(QualityCheck check, long count, long ignoredCount, List<QualityDeal> deals,
                             List<QualityDeal> ignored) {

    public QualityFinding {
        deals = List.copyOf(deals);
        ignored = List.copyOf(ignored);
    }

    /** Whether more findings count than are shown. */
    public boolean more(int offset) {
        long shown = check == QualityCheck.DUPLICATE ? deals.stream().map(QualityDeal::group).distinct().count()
                : deals.size();
        return offset + shown < count;
    }
}
