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
                        @Nullable String status, List<TeamSummary> teams, List<Member> owners, List<Stage> stages,
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
                .queryParam("page", page).build().encode().toUriString();
    }

    public boolean filtered() {
        return teamId != null || blankToNull(owner) != null || blankToNull(stage) != null || blankToNull(status) != null;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
