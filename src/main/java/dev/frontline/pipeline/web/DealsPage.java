package dev.frontline.pipeline.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.DealFlags;
import dev.frontline.pipeline.TeamPipelineSetting;
import dev.frontline.pipeline.DealSort;
import dev.frontline.pipeline.DealSort.Column;
import dev.frontline.pipeline.Stage;
import dev.frontline.shared.InvalidInput;
import dev.frontline.system.Fmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Slice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The opportunities page: the parameters as given, the choices the filters offer and one page of results.
 *
 * @param teams      the teams to pick from (none in a large organisation)
 * @param owners     the reps to pick from (none in a large organisation: {@code typedOwner} then asks for a username)
 * @param total      the matching deals, counted up to {@code countCap} (more answer {@code countCap + 1})
 * @param people     at least the owners of the page's deals, by id
 * @param errors     the parameters that were well-formed but invalid, each "parameter: what is wrong"
 * @param teamSetting the pipeline setting of the team the list is narrowed to, when the viewer may set it
 * @param staleDays   the stale limit of the team the list is narrowed to ({@code null}: each team's own)
 */
public record DealsPage(DealParams params, List<TeamSummary> teams, List<Member> owners, boolean typedOwner,
                        List<Stage> stages, Slice<Deal> deals, long total, long countCap, Map<Long, Member> people,
                        List<String> errors, @Nullable TeamPipelineSetting teamSetting, @Nullable Integer staleDays,
                        @Nullable String settingsNotice, @Nullable String settingsError) {

    /** The stale limit in words, for the legend. */
    public String staleText() {
        return staleDays != null ? staleDays + (staleDays == 1 ? " day" : " days")
                : "the team's number of days (" + DealFlags.DEFAULT_STALE_AFTER_DAYS + " unless the team sets another)";
    }

    /** A column header: its label, the link that sorts by it, and how it is sorted now. */
    public record Header(String label, String href, @Nullable String ariaSort, String hint) {

        public String icon() {
            return ariaSort == null ? "bi-arrow-down-up text-body-tertiary"
                    : ariaSort.equals("ascending") ? "bi-sort-up" : "bi-sort-down";
        }
    }

    public String ownerName(Deal deal) {
        Member m = people.get(deal.ownerId());
        return m == null ? "" : m.displayName();
    }

    /** The sort as given; the default when it is invalid (the page then shows the error). */
    public DealSort sort() {
        try {
            return DealSort.parse(params.sort());
        } catch (InvalidInput e) {
            return DealSort.DEFAULT;
        }
    }

    public Header header(Column column, String label) {
        DealSort now = sort();
        boolean current = now.column() == column;
        boolean descending = current ? !now.descending() : startsDescending(column);
        String next = column.key() + (descending ? ",desc" : "");
        String ariaSort = current ? (now.descending() ? "descending" : "ascending") : null;
        return new Header(label, link(0, next), ariaSort, descending ? "sort largest or latest first"
                : column == Column.AMOUNT || column.name().endsWith("ED") ? "sort smallest or earliest first" : "sort A to Z");
    }

    /** Amounts and dates sort largest and latest first on the first click; names A to Z. */
    private static boolean startsDescending(Column column) {
        return switch (column) {
            case AMOUNT, CREATED, ENGAGED, CLOSED -> true;
            default -> false;
        };
    }

    /** The link to another page of the same list, in the same order. */
    public String link(int page) {
        return link(page, params.sort());
    }

    /** The CSV of the whole list, with the same filters and order. */
    public String csvLink() {
        return builder("/opportunities.csv", params.sort()).build().encode().toUriString();
    }

    private String link(int page, @Nullable String sort) {
        UriComponentsBuilder b = builder("/opportunities", sort);
        if (page > 0) {
            b.queryParam("page", page);
        }
        return b.build().encode().toUriString();
    }

    private UriComponentsBuilder builder(String path, @Nullable String sort) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("q", Optional.ofNullable(params.q()))
                .queryParamIfPresent("teamId", Optional.ofNullable(params.teamId()))
                .queryParamIfPresent("owner", Optional.ofNullable(params.owner()))
                .queryParamIfPresent("stage", Optional.ofNullable(params.stage()))
                .queryParamIfPresent("status", Optional.ofNullable(params.status()))
                .queryParamIfPresent("minAmount", Optional.ofNullable(params.minAmount()).map(a -> a.toPlainString()))
                .queryParamIfPresent("maxAmount", Optional.ofNullable(params.maxAmount()).map(a -> a.toPlainString()))
                .queryParamIfPresent("createdFrom", Optional.ofNullable(params.createdFrom()))
                .queryParamIfPresent("createdTo", Optional.ofNullable(params.createdTo()))
                .queryParamIfPresent("closedFrom", Optional.ofNullable(params.closedFrom()))
                .queryParamIfPresent("closedTo", Optional.ofNullable(params.closedTo()))
                .queryParamIfPresent("product", Optional.ofNullable(params.product()))
                .queryParamIfPresent("sector", Optional.ofNullable(params.sector()))
                .queryParamIfPresent("flagged", Optional.ofNullable(params.flagged()))
                .queryParamIfPresent("sort", Optional.ofNullable(sort).filter(s -> !s.isBlank()));
    }

    /** "8,800 deals", "1 deal", or "More than 10,000 deals" beyond what the page counts. */
    public String countText() {
        if (total > countCap) {
            return "More than " + Fmt.count(countCap) + " deals";
        }
        return Fmt.count(total) + (total == 1 ? " deal" : " deals");
    }

    /** "Page 2 of 352", or "Page 402" where the count stopped. */
    public String pageText() {
        int number = deals.getNumber() + 1;
        if (total > countCap) {
            return "Page " + number;
        }
        long pages = Math.max(1, (total + deals.getSize() - 1) / deals.getSize());
        return "Page " + number + " of " + Fmt.count(pages);
    }

    public boolean anything() {
        return params.any();
    }

    /** True when a filter of the collapsible form narrows the list (the form then starts open). */
    public boolean filtered() {
        return params.filtered() || !errors.isEmpty();
    }

    /** The drill-down narrowing in words, e.g. "closed 1 Oct 2026 – 31 Dec 2026 · product GTX Pro". */
    public @Nullable String narrowingText() {
        if (!params.drillDown()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (params.closedFrom() != null || params.closedTo() != null) {
            parts.add("closed " + Fmt.date(params.closedFrom()) + " – " + Fmt.date(params.closedTo()));
        }
        if (params.product() != null) {
            parts.add("product " + params.product());
        }
        if (params.sector() != null) {
            parts.add("sector " + params.sector());
        }
        return String.join(" · ", parts);
    }

    /** In words, for the table's caption. */
    public String orderText() {
        DealSort s = sort();
        if (s.isDefault()) {
            return "open deals first, then the newest close";
        }
        return "sorted by " + s.column().key() + (s.descending() ? ", descending" : ", ascending");
    }
}
