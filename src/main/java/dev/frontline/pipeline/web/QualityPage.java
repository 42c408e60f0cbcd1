package dev.frontline.pipeline.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.QualityCheck;
import dev.frontline.pipeline.QualityDeal;
import dev.frontline.pipeline.QualityFinding;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The page's model: the checks' findings and the people owning the deals shown. */
public record QualityPage(List<QualityFinding> findings, @Nullable Long teamId, @Nullable QualityCheck only,
                          int page, int pageSize, List<TeamSummary> teams, boolean typedTeam,
                          Map<Long, Member> owners) {

    public String owner(QualityDeal deal) {
        Member m = owners.get(deal.ownerId());
        return m == null ? "—" : m.displayName();
    }

    public String link(@Nullable QualityCheck check, int page) {
        StringBuilder s = new StringBuilder("/data-quality?");
        if (teamId != null) {
            s.append("teamId=").append(teamId).append('&');
        }
        if (check != null) {
            s.append("check=").append(check.key()).append('&');
        }
        if (page > 0) {
            s.append("page=").append(page);
        }
        String url = s.toString();
        return url.endsWith("&") || url.endsWith("?") ? url.substring(0, url.length() - 1) : url;
    }

    public long total() {
        return findings.stream().mapToLong(QualityFinding::count).sum();
    }
}
