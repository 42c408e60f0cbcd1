package dev.frontline.pipeline.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.Stage;
import dev.frontline.system.Fmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/** The opportunities page: the filter as given, the choices it offers and one page of results. */
public record DealsPage(DealParams params, List<TeamSummary> teams, List<Member> owners, List<Stage> stages,
                        Page<Deal> deals, Map<Long, Member> people) {

    public String ownerName(Deal deal) {
        Member m = people.get(deal.ownerId());
        return m == null ? "" : m.displayName();
    }

    /** The link to another page of the same list. */
    public String link(int page) {
        return UriComponentsBuilder.fromPath("/opportunities")
                .queryParamIfPresent("teamId", Optional.ofNullable(params.teamId()))
                .queryParamIfPresent("owner", Optional.ofNullable(params.owner()))
                .queryParamIfPresent("stage", Optional.ofNullable(params.stage()))
                .queryParamIfPresent("status", Optional.ofNullable(params.status()))
                .queryParamIfPresent("closedFrom", Optional.ofNullable(params.closedFrom()))
                .queryParamIfPresent("closedTo", Optional.ofNullable(params.closedTo()))
                .queryParamIfPresent("product", Optional.ofNullable(params.product()))
                .queryParamIfPresent("sector", Optional.ofNullable(params.sector()))
                .queryParam("page", page).build().encode().toUriString();
    }

    public boolean filtered() {
        return params.any();
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
}
