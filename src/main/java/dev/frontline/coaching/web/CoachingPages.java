package dev.frontline.coaching.web;

import dev.frontline.coaching.CalendarFeeds;
import dev.frontline.coaching.CoachingFocus;
import dev.frontline.coaching.CoachingPlans;
import dev.frontline.coaching.FocusItem;
import dev.frontline.coaching.Inputs;
import dev.frontline.shared.InvalidInput;
import dev.frontline.coaching.Meeting;
import dev.frontline.coaching.OneOnOnes;
import dev.frontline.coaching.PlanProgress;
import dev.frontline.coaching.PrivateMeetingNotes;
import dev.frontline.coaching.RepSchedule;
import dev.frontline.coaching.TeamCoaching;
import dev.frontline.coaching.TeamCoachingView;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.people.Competencies;
import dev.frontline.shared.Role;
import dev.frontline.shared.Scope;
import dev.frontline.system.Charts;
import dev.frontline.system.FiscalCalendar;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import dev.frontline.system.web.FormBinding;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coaching pages: a rep's coaching, one 1:1, one plan, a team's coaching view, the office overview, and the
 * forms behind them. A form whose input is refused comes back to its page with the
 * problems named; a stale version comes back with a "changed meanwhile" note.
 */
@Controller
@NavSection(Section.COACHING)
class CoachingPages {

    static final String REP = "coaching/rep";
    static final String MEETING = "coaching/meeting";
    static final String PLAN = "coaching/plan";
    static final String TEAM = "coaching/team";
    static final String OVERVIEW = "coaching/overview";
    static final String PRIVATE = "coaching/private";

    private final OneOnOnes oneOnOnes;
    private final PrivateMeetingNotes privateNotes;
    private final CoachingPlans plans;
    private final CoachingFocus focus;
    private final TeamCoaching teams;
    private final CalendarFeeds feeds;
    private final Organization organization;
    private final Competencies competencies;
    private final Charts charts;
    private final Links links;
    private final FiscalCalendar calendar;

    CoachingPages(OneOnOnes oneOnOnes, PrivateMeetingNotes privateNotes, CoachingPlans plans, CoachingFocus focus,
                  TeamCoaching teams, CalendarFeeds feeds, Organization organization, Competencies competencies,
                  Charts charts, Links links, FiscalCalendar calendar) {
        this.oneOnOnes = oneOnOnes;
        this.privateNotes = privateNotes;
        this.plans = plans;
        this.focus = focus;
        this.teams = teams;
        this.feeds = feeds;
        this.organization = organization;
        this.competencies = competencies;
        this.charts = charts;
        this.links = links;
        this.calendar = calendar;
    }

    @GetMapping("/coaching")
    String coaching(Scope scope, Model model) {
        Role role = scope.viewer().role();
        if (role == Role.REP && scope.viewer().personId() != null) {
            return "redirect:/reps/" + scope.viewer().personId() + "/coaching";
        }
        if (role == Role.MANAGER && scope.teamIds().size() == 1) {
            return "redirect:/teams/" + scope.teamIds().iterator().next() + "/coaching";
        }
        model.addAttribute("page", new OverviewPage(role == Role.DIRECTOR ? "Coaching in your office"
                : role == Role.ADMIN ? "Coaching in every team" : "Coaching in your teams", teams.teams(scope), times(scope)));
        return OVERVIEW;
    }

    @GetMapping("/teams/{id}/coaching")
    String team(Scope scope, @PathVariable long id, Model model) {
        TeamCoachingView view = teams.team(scope, id);
        FeedCard feed = scope.isManager() ? feedCard(scope, "your team's 1:1s",
                "/teams/" + id + "/coaching") : null;
        model.addAttribute("page", new TeamCoachingPage(view, scope.isDirector(), feed, times(scope),
                flash(model)));
        return TEAM;
    }

    @GetMapping("/reps/{id}/coaching")
    String rep(Scope scope, @PathVariable long id, Model model) {
        RepSchedule schedule = oneOnOnes.schedule(scope, id);
        Can can = can(scope, id);
        Times t = times(scope);
        Meeting next = schedule.next(t.now());
        List<FocusItem> items = focus.focus(scope, id);
        FeedCard feed = can.self() ? feedCard(scope, "your 1:1s", "/reps/" + id + "/coaching") : null;
        model.addAttribute("page", new RepCoachingPage(schedule, next, plans.plans(scope, id), items,
                focus.windows(scope), plans.requests(scope, id), competencies.active(), plans.competencyNames(), can,
                feed, t, flash(model)));
        return REP;
    }

    @PostMapping("/reps/{id}/coaching/cadence")
    String cadence(Scope scope, @PathVariable long id, @Valid CoachingForms.Cadence form, BindingResult binding,
                   RedirectAttributes r) {
        String back = "/reps/" + id + "/coaching#schedule";
        return attempt(r, back, binding, "Cadence saved; the next twelve weeks are laid out.",
                () -> oneOnOnes.setCadence(scope, id, form.input()));
    }

    @PostMapping("/reps/{id}/coaching/one-on-ones")
    String scheduleOne(Scope scope, @PathVariable long id, @Valid CoachingForms.Booking form, BindingResult binding,
                       RedirectAttributes r) {
        List<String> problems = new ArrayList<>();
        try {
            FormBinding.check(binding);
            Meeting m = oneOnOnes.book(scope, id, form.input());
            r.addFlashAttribute("notice", "1:1 scheduled.");
            return "redirect:/one-on-ones/" + m.id();
        } catch (InvalidInput e) {
            problems.addAll(e.errors());
        }
        r.addFlashAttribute("problems", problems);
        return "redirect:/reps/" + id + "/coaching#schedule";
    }

    @PostMapping("/reps/{id}/coaching/one-on-ones/now")
    String startNow(Scope scope, @PathVariable long id,
                    @RequestParam(required = false) @Nullable String durationMinutes, RedirectAttributes r) {
        try {
            Meeting m = oneOnOnes.startNow(scope, id, number(durationMinutes));
            r.addFlashAttribute("notice", "1:1 started: write the agenda, notes and actions as you go, and record it "
                    + "as held when you are done.");
            return "redirect:/one-on-ones/" + m.id();
        } catch (InvalidInput e) {
            r.addFlashAttribute("problems", e.errors());
        } catch (OptimisticLockingFailureException e) {
            r.addFlashAttribute("problems", List.of("Today's 1:1 changed meanwhile; try again."));
        }
        return "redirect:/reps/" + id + "/coaching#schedule";
    }

    @GetMapping("/one-on-ones/{id}")
    String meeting(Scope scope, @PathVariable long id, Model model) {
        Meeting m = oneOnOnes.meeting(scope, id);
        Member rep = organization.person(scope, m.repId());
        model.addAttribute("page", new MeetingPage(m, rep, can(scope, m.repId()), times(scope), flash(model)));
        return MEETING;
    }

    @PostMapping("/one-on-ones/{id}/agenda")
    String agenda(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String text,
                  RedirectAttributes r) {
        return attempt(r, "/one-on-ones/" + id + "#agenda", "Added to the agenda.",
                () -> oneOnOnes.addAgenda(scope, id, text));
    }

    @PostMapping("/one-on-ones/{id}")
    String change(Scope scope, @PathVariable long id, @Valid CoachingForms.MeetingChange form, BindingResult binding,
                  RedirectAttributes r) {
        return attempt(r, "/one-on-ones/" + id, binding, () -> form.notice(),
                () -> oneOnOnes.change(scope, id, form.input()));
    }

    @PostMapping("/one-on-ones/{id}/actions")
    String action(Scope scope, @PathVariable long id, @Valid CoachingForms.Action form, BindingResult binding,
                  RedirectAttributes r) {
        return attempt(r, "/one-on-ones/" + id + "#actions", binding, "Action added.",
                () -> oneOnOnes.addAction(scope, id, form.input()));
    }

    @PostMapping("/actions/{id}")
    String changeAction(Scope scope, @PathVariable long id, @Valid CoachingForms.ActionChange form,
                        BindingResult binding, RedirectAttributes r) {
        return attempt(r, back(binding.hasErrors() ? null : form.back(), "/coaching"), binding,
                () -> form.isDone() ? "Marked done." : "Open again.",
                () -> oneOnOnes.changeAction(scope, id, form.input()));
    }

    @GetMapping("/one-on-ones/{id}/private")
    String privateNotes(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("note", privateNotes.read(scope, id));
        model.addAttribute("canWrite", can(scope, oneOnOnes.meeting(scope, id).repId()).manage());
        model.addAttribute("problem", null);
        return PRIVATE;
    }

    @PostMapping("/one-on-ones/{id}/private")
    String writePrivate(Scope scope, @PathVariable long id, @Valid CoachingForms.PrivateNote form,
                        BindingResult binding, Model model, jakarta.servlet.http.HttpServletResponse response) {
        String problem = null;
        try {
            FormBinding.check(binding);
            privateNotes.write(scope, id, form.text(), form.version());
        } catch (InvalidInput e) {
            problem = String.join("; ", e.errors());
            response.setStatus(422);
        } catch (OptimisticLockingFailureException e) {
            problem = "Changed meanwhile: the notes below are the current ones; apply your change again.";
            response.setStatus(409);
        }
        model.addAttribute("note", privateNotes.read(scope, id));
        model.addAttribute("canWrite", true);
        model.addAttribute("problem", problem);
        return PRIVATE;
    }

    @PostMapping("/reps/{id}/coaching-plans")
    String createPlan(Scope scope, @PathVariable long id, @Valid CoachingForms.Plan form, BindingResult binding,
                      RedirectAttributes r) {
        try {
            FormBinding.check(binding);
            PlanProgress plan = plans.create(scope, id, new Inputs.PlanInput(form.competency(), form.metric(),
                    form.segment(), decimal(form.baseline()), form.baselineFrom(), form.baselineTo(),
                    decimal(form.target()), form.startsOn(), form.reviewOn(), form.actionLines()));
            r.addFlashAttribute("notice", "Plan made.");
            return "redirect:/coaching-plans/" + plan.plan().id();
        } catch (InvalidInput e) {
            r.addFlashAttribute("problems", e.errors());
            return "redirect:/reps/" + id + "/coaching#plans";
        }
    }

    @GetMapping("/coaching-plans/{id}")
    String plan(Scope scope, @PathVariable long id, Model model) {
        PlanProgress p = plans.plan(scope, id);
        Member rep = organization.person(scope, p.plan().repId());
        model.addAttribute("page", new PlanPage(p, rep, can(scope, rep.id()), chart(p), times(scope), flash(model)));
        return PLAN;
    }

    @PostMapping("/coaching-plans/{id}")
    String changePlan(Scope scope, @PathVariable long id, @Valid CoachingForms.PlanChange form, BindingResult binding,
                      RedirectAttributes r) {
        return attempt(r, "/coaching-plans/" + id, binding, () -> form.finishes()
                        ? "Plan finished; its outcome stays in the rep's coaching." : "Actions saved.",
                () -> plans.change(scope, id, form.input()));
    }

    @PostMapping("/reps/{id}/coaching-requests")
    String ask(Scope scope, @PathVariable long id, @Valid CoachingForms.Topic form, BindingResult binding,
               RedirectAttributes r) {
        return attempt(r, "/reps/" + id + "/coaching#requests", binding,
                "Asked. Your manager sees it on their coaching view.", () -> plans.ask(scope, id, form.input()));
    }

    @PostMapping("/coaching-requests/{id}")
    String address(Scope scope, @PathVariable long id, @Valid CoachingForms.Addressed form, BindingResult binding,
                   RedirectAttributes r) {
        return attempt(r, back(binding.hasErrors() ? null : form.back(), "/coaching"), binding, "Marked as addressed.",
                () -> plans.address(scope, id, form.version()));
    }

    @PostMapping("/coaching/feed")
    String regenerate(Scope scope, @RequestParam(required = false) @Nullable String back, RedirectAttributes r) {
        feeds.regenerate(scope);
        r.addFlashAttribute("notice", "New feed URL made; the previous one no longer works.");
        return "redirect:" + back(back, "/coaching") + "#feed";
    }

    @PostMapping("/coaching/feed/revoke")
    String revoke(Scope scope, @RequestParam(required = false) @Nullable String back, RedirectAttributes r) {
        feeds.revoke(scope);
        r.addFlashAttribute("notice", "Calendar feed turned off; its URL no longer works.");
        return "redirect:" + back(back, "/coaching") + "#feed";
    }

    private String attempt(RedirectAttributes r, String back, String notice, Supplier<?> action) {
        return attempt(r, back, null, () -> notice, action);
    }

    private String attempt(RedirectAttributes r, String back, BindingResult binding, String notice,
                           Supplier<?> action) {
        return attempt(r, back, binding, () -> notice, action);
    }

    /** Runs a form's action once its record bound cleanly; a refusal or a stale version comes back as problems. */
    private String attempt(RedirectAttributes r, String back, @Nullable BindingResult binding,
                           Supplier<String> notice, Supplier<?> action) {
        try {
            if (binding != null) {
                FormBinding.check(binding);
            }
            action.get();
            r.addFlashAttribute("notice", notice.get());
        } catch (InvalidInput e) {
            r.addFlashAttribute("problems", e.errors());
        } catch (OptimisticLockingFailureException e) {
            r.addFlashAttribute("problems", List.of("Someone changed this meanwhile. The page now shows the current "
                    + "version; apply your change again."));
        }
        return "redirect:" + back;
    }

    private Can can(Scope scope, long repId) {
        boolean self = scope.isRep() && Long.valueOf(repId).equals(scope.viewer().personId());
        boolean manager = scope.isManager() && scope.seesDealsOf(repId);
        return new Can(manager, manager || self, self, privateNotes.mayRead(scope, repId));
    }

    private @Nullable FeedCard feedCard(Scope scope, String whose, String back) {
        if (!feeds.offered(scope)) {
            return null;
        }
        return new FeedCard(feeds.token(scope).map(links::feedUrl).orElse(null), whose, back);
    }

    private String chart(PlanProgress p) {
        List<String> labels = p.slices().stream().map(PlanProgress.Slice::label).toList();
        List<Object> datasets = new ArrayList<>();
        datasets.add(Map.of("type", "bar", "label", "Before the plan", "order", 1, "backgroundColor", "#adb5bd",
                "data", p.slices().stream().map(s -> s.after() ? null : s.value()).toList()));
        datasets.add(Map.of("type", "bar", "label", "Since the plan started", "order", 1, "backgroundColor", "#1f4e79",
                "data", p.slices().stream().map(s -> s.after() ? s.value() : null).toList()));
        List<BigDecimal> target = p.slices().stream().map(s -> p.plan().target()).toList();
        datasets.add(Map.of("type", "line", "label", "Target", "order", 0, "borderColor", "#cb4335",
                "backgroundColor", "#cb4335", "pointRadius", 0, "borderDash", List.of(6, 4), "data", target));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", "bar");
        spec.put("data", Map.of("labels", labels, "datasets", datasets));
        spec.put("options", Map.of("scales", Map.of("x", Map.of("stacked", true), "y", Map.of("beginAtZero", true,
                "title", Map.of("display", true, "text", p.plan().metric().label() + " (" + p.plan().metric().unit() + ")")))));
        return charts.safe(spec);
    }

    private Times times(Scope scope) {
        return new Times(oneOnOnes.zone(scope), calendar.now(), calendar.today(scope));
    }

    @SuppressWarnings("unchecked")
    private static Flash flash(Model model) {
        Object problems = model.getAttribute("problems");
        return new Flash((String) model.getAttribute("notice"), problems instanceof List<?> l ? (List<String>) l : List.of());
    }

    private static String back(@Nullable String back, String fallback) {
        return back != null && back.startsWith("/") && !back.startsWith("//") ? back : fallback;
    }

    private static @Nullable Integer number(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("number", "'" + text + "' is not a whole number");
        }
    }

    private static @Nullable BigDecimal decimal(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim().replace(",", "").replace("$", "")
                    .replace("%", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput("number", "'" + text + "' is not a number");
        }
    }
}
