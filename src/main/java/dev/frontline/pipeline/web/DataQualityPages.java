package dev.frontline.pipeline.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.DataQuality;
import dev.frontline.pipeline.QualityCheck;
import dev.frontline.pipeline.QualityDeal;
import dev.frontline.pipeline.QualityFinding;
import dev.frontline.shared.Scope;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@NavSection(Section.DATA_QUALITY)
class DataQualityPages {

    static final String VIEW = "pipeline/quality";
    /** Findings shown per check on the overview; "show all" pages through one check. */
    static final int OVERVIEW = 10;
    static final int PAGE_SIZE = 50;
    /** Up to this many teams in scope the filter offers them to pick; beyond, a team id is typed. */
    static final int PICKER_TEAMS = 100;

    private final DataQuality quality;
    private final Organization organization;

    DataQualityPages(DataQuality quality, Organization organization) {
        this.quality = quality;
        this.organization = organization;
    }

    @GetMapping("/data-quality")
    String page(Scope scope, @RequestParam(required = false) @Nullable Long teamId,
                @RequestParam(required = false) @Nullable String check, @RequestParam(defaultValue = "0") int page,
                Model model) {
        QualityCheck only = check == null || check.isBlank() ? null : QualityCheck.of(check);
        int size = only == null ? OVERVIEW : PAGE_SIZE;
        int from = Math.max(0, page);
        List<QualityFinding> findings = quality.report(scope, teamId, only, (long) from * size, size);
        int teamCount = organization.countTeams(scope);
        List<TeamSummary> teams = teamCount <= PICKER_TEAMS ? organization.teams(scope) : List.of();
        Set<Long> ownerIds = findings.stream().flatMap(f -> java.util.stream.Stream.concat(f.deals().stream(),
                f.ignored().stream())).map(QualityDeal::ownerId).collect(Collectors.toSet());
        Map<Long, Member> owners = organization.people(scope, ownerIds).stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        model.addAttribute("page", new QualityPage(findings, teamId, only, from, size, teams,
                teamCount > PICKER_TEAMS, owners));
        return VIEW;
    }

    @PostMapping("/data-quality/ignored")
    String ignore(Scope scope, @RequestParam long opportunityId, @RequestParam String check,
                  @RequestParam(required = false) @Nullable Long teamId) {
        QualityCheck c = QualityCheck.of(check);
        quality.ignore(scope, opportunityId, c);
        return "redirect:" + back(teamId, c);
    }

    @PostMapping("/data-quality/ignored/delete")
    String unignore(Scope scope, @RequestParam long opportunityId, @RequestParam String check,
                    @RequestParam(required = false) @Nullable Long teamId) {
        QualityCheck c = QualityCheck.of(check);
        quality.unignore(scope, opportunityId, c);
        return "redirect:" + back(teamId, c);
    }

    private static String back(@Nullable Long teamId, QualityCheck check) {
        return "/data-quality" + (teamId == null ? "" : "?teamId=" + teamId) + "#" + check.key();
    }
}
