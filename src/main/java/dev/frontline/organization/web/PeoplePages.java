package dev.frontline.organization.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.RosterRep;
import dev.frontline.organization.TeamMove;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Scope;
import dev.frontline.system.FiscalCalendar;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people page: reps by office and team, former ones included; adding a rep, and moving, deactivating and
 * reactivating one, each change named on a confirmation step before it is made.
 */
@Controller
@NavSection(Section.PEOPLE)
class PeoplePages {

    static final String VIEW = "organization/people";
    static final String CHANGE = "organization/change";

    private final Organization organization;
    private final FiscalCalendar calendar;

    PeoplePages(Organization organization, FiscalCalendar calendar) {
        this.organization = organization;
        this.calendar = calendar;
    }

    @GetMapping("/reps")
    String people(Scope scope, Model model) {
        return page(scope, null, null, List.of(), model);
    }

    @PostMapping("/reps")
    String add(Scope scope, @RequestParam(required = false) @Nullable String fullName,
               @RequestParam(required = false) @Nullable Long teamId, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        try {
            RosterRep added = organization.addRep(scope, fullName, teamId);
            redirect.addFlashAttribute("done", "Added " + added.displayName() + " to "
                    + organization.team(scope, added.teamId()).name() + ". They have no login yet: the admin "
                    + "grants one on the Logins page.");
            return "redirect:/reps#rep-" + added.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(scope, fullName, teamId, e.errors(), model);
        }
    }

    private String page(Scope scope, @Nullable String fullName, @Nullable Long teamId, List<String> errors,
                        Model model) {
        var roster = organization.roster(scope);
        List<TeamSummary> staffable = roster.offices().stream().flatMap(o -> o.teams().stream())
                .map(t -> t.team()).filter(t -> organization.mayStaff(scope, t.id())).toList();
        model.addAttribute("page", new PeoplePage(roster, staffable, organization.mayMove(scope),
                calendar.zone(scope.viewer()), fullName, teamId, errors));
        return VIEW;
    }

    /** A move: without a team, the teams to choose from; with one, the move named for confirmation. */
    @GetMapping("/reps/{id}/move")
    String move(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable Long teamId,
                Model model) {
        RosterRep rep = organization.rosterRep(scope, id);
        Member member = organization.rep(scope, id);
        if (teamId == null) {
            organization.requireMover(scope);
            List<TeamSummary> teams = organization.teams(scope).stream()
                    .filter(t -> member.teamId() == null || t.id() != member.teamId()).toList();
            model.addAttribute("page", new ChangePage(member, rep, teams, null, null, calendar.today(scope)));
        } else {
            model.addAttribute("page", new ChangePage(member, rep, List.of(), organization.move(scope, id, teamId),
                    null, calendar.today(scope)));
        }
        return CHANGE;
    }

    @PostMapping("/reps/{id}/move")
    String confirmMove(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable Long teamId,
                       @RequestParam(required = false) @Nullable Integer version, RedirectAttributes redirect) {
        TeamMove move = organization.moveRep(scope, id, teamId, version);
        redirect.addFlashAttribute("done", "Moved " + move.rep() + " from " + move.fromTeam() + " to "
                + move.toTeam() + ", effective " + move.effective() + ".");
        return "redirect:/reps#rep-" + id;
    }

    /** A deactivation (active=false) or reactivation (active=true), its consequences named for confirmation. */
    @GetMapping("/reps/{id}/active")
    String active(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "false") boolean active,
                  Model model) {
        RosterRep rep = organization.rosterRep(scope, id);
        model.addAttribute("page", new ChangePage(organization.rep(scope, id), rep, List.of(), null, active,
                calendar.today(scope)));
        return CHANGE;
    }

    @PostMapping("/reps/{id}/active")
    String confirmActive(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable Boolean active,
                         @RequestParam(required = false) @Nullable Integer version, RedirectAttributes redirect) {
        String name = organization.rep(scope, id).displayName();
        organization.setActive(scope, id, active, version);
        redirect.addFlashAttribute("done", Boolean.TRUE.equals(active)
                ? name + " is active again and back in the roster. Their login stays disabled until the admin "
                        + "enables it on the Logins page."
                : name + " is deactivated: their login is disabled and their sessions ended. Their deals stay, "
                        + "shown as a former rep's.");
        return "redirect:/reps#rep-" + id;
    }
}
