package dev.frontline.pipeline.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.Stage;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/** The opportunities page: the filter as given, the choices it offers and one page of results. */
public record DealsPage(@Nullable Long teamId, @Nullable String owner, @Nullable String stage,
                        @Nullable String status, DealQuery.Narrowing narrowing, List<TeamSummary> teams, List<Member> owners, List<Stage> stages,
                        Page<Deal> deals, Map<Long, Member> people) {

    public String ownerName(Deal deal) {
        Member m = people.get(deal.ownerId());
        return m == null ? "" : m.displayName();
    }

    public String link(int page) {
        return UriComponentsBuilder.fromPath("/opportunities")
                .queryParamIfPresent("teamId", java.util.Optional.ofNullable(teamId))
                .queryParamIfPresent("owner", java.util.Optional.ofNullable(blankToNull(owner)))
                .queryParamIfPresent("stage", java.util.Optional.ofNullable(blankToNull(stage)))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(blankToNull(status)))
                .queryParamIfPresent("closedFrom", java.util.Optional.ofNullable(narrowing.closedFrom()))
                .queryParamIfPresent("closedTo", java.util.Optional.ofNullable(narrowing.closedTo()))
                .queryParamIfPresent("product", java.util.Optional.ofNullable(blankToNull(narrowing.product())))
                .queryParamIfPresent("sector", java.util.Optional.ofNullable(blankToNull(narrowing.sector())))
                .queryParam("page", page).build().encode().toUriString();
    }

    public boolean filtered() {
        return narrowing.any() || teamId != null || blankToNull(owner) != null || blankToNull(stage) != null || blankToNull(status) != null;
    }

    /** The drill-down narrowing in words, e.g. "closed 1 Oct 2026 – 31 Dec 2026 · product GTX Pro". */
    public @Nullable String narrowingText() {
        if (!narrowing.any()) {
            return null;
        }
        List<String> parts = new java.util.ArrayList<>();
        if (narrowing.closedFrom() != null || narrowing.closedTo() != null) {
            parts.add("closed " + dev.frontline.system.Fmt.date(narrowing.closedFrom()) + " – "
                    + dev.frontline.system.Fmt.date(narrowing.closedTo()));
        }
        if (blankToNull(narrowing.product()) != null) {
            parts.add("product " + narrowing.product());
        }
        if (blankToNull(narrowing.sector()) != null) {
            parts.add("sector " + narrowing.sector());
        }
        return String.join(" · ", parts);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
