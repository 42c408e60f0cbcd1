package dev.frontline.coaching.web;

import dev.frontline.coaching.CalendarFeeds;
import dev.frontline.coaching.CoachingFocus;
import dev.frontline.coaching.CoachingPlans;
import dev.frontline.coaching.Inputs;
import dev.frontline.shared.InvalidInput;
import dev.frontline.coaching.OneOnOnes;
import dev.frontline.coaching.PrivateMeetingNotes;
import dev.frontline.coaching.TeamCoaching;
import dev.frontline.coaching.web.CoachingJson.ActionJson;
import dev.frontline.coaching.web.CoachingJson.AgendaJson;
import dev.frontline.coaching.web.CoachingJson.CadenceJson;
import dev.frontline.coaching.web.CoachingJson.FocusJson;
import dev.frontline.coaching.web.CoachingJson.MeetingJson;
import dev.frontline.coaching.web.CoachingJson.PlanJson;
import dev.frontline.coaching.web.CoachingJson.PrivateJson;
import dev.frontline.coaching.web.CoachingJson.RequestJson;
import dev.frontline.coaching.web.CoachingJson.ScheduleJson;
import dev.frontline.coaching.web.CoachingJson.TeamJson;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coaching API. Outside scope 404; in scope but not entitled 403; well-formed but wrong input 422 with every
 * problem listed in {@code errors}; malformed input 400 naming the field; a stale version 409.
 */
@RestController
@RequestMapping("/api/v1")
class CoachingApi {

    private final OneOnOnes oneOnOnes;
    private final PrivateMeetingNotes privateNotes;
    private final CoachingPlans plans;
    private final CoachingFocus focus;
    private final TeamCoaching teams;
    private final CalendarFeeds feeds;
    private final Links links;

    CoachingApi(OneOnOnes oneOnOnes, PrivateMeetingNotes privateNotes, CoachingPlans plans, CoachingFocus focus,
                TeamCoaching teams, CalendarFeeds feeds, Links links) {
        this.oneOnOnes = oneOnOnes;
        this.privateNotes = privateNotes;
        this.plans = plans;
        this.focus = focus;
        this.teams = teams;
        this.feeds = feeds;
        this.links = links;
    }

    @GetMapping("/reps/{id}/one-on-ones")
    @Operation(summary = "A rep's 1:1s: cadence, last held, due and overdue, every meeting (oldest first) with its "
            + "agenda and the actions it shows (raised there or carried over), open actions",
            description = "For the rep themself and whoever sees their deals (their manager, their director, the "
                    + "admin); a peer or anyone outside scope 404. Times are in the caller's time zone; the "
                    + "manager's private notes are never part of it.")
    ScheduleJson schedule(Scope scope, @PathVariable long id) {
        return ScheduleJson.of(oneOnOnes.schedule(scope, id));
    }

    @PostMapping("/reps/{id}/one-on-ones")
    @Operation(summary = "Schedule a 1:1 by hand: {startsAt: 2026-12-01T10:00 (your time zone) or with an offset, or "
            + "now, durationMinutes?}",
            description = "The rep's manager only: others who see the rep 403, anyone else 404. startsAt is read in "
                    + "the caller's time zone unless it carries an offset, durationMinutes defaults to the cadence's "
                    + "(else 30); a time or length that is not valid 422 naming the field. Answers 201 with the 1:1 "
                    + "and its Location; startsAt now is POST …/one-on-ones/now.")
    ResponseEntity<MeetingJson> scheduleOne(Scope scope, @PathVariable long id, @RequestBody Inputs.MeetingInput input) {
        var meeting = oneOnOnes.book(scope, id, input);
        return ResponseEntity.created(URI.create("/api/v1/one-on-ones/" + meeting.id())).body(MeetingJson.of(meeting));
    }

    @PostMapping("/reps/{id}/one-on-ones/now")
    @Operation(summary = "Start a 1:1 now: {durationMinutes?} (the body may be left out)",
            description = "The rep's manager only: others who see the rep 403, anyone else 404. Today's scheduled 1:1 "
                    + "(in the caller's time zone) is moved to now if it was due later today, else a new one starts "
                    + "now for the cadence's length (else 30 minutes), so it can be recorded as held at once. "
                    + "Answers 201 with the 1:1; an invalid durationMinutes 422.")
    ResponseEntity<MeetingJson> startNow(Scope scope, @PathVariable long id,
                                         @RequestBody(required = false) Inputs.@Nullable MeetingInput input) {
        var meeting = oneOnOnes.startNow(scope, id, input == null ? null : input.durationMinutes());
        return ResponseEntity.created(URI.create("/api/v1/one-on-ones/" + meeting.id())).body(MeetingJson.of(meeting));
    }

    @PutMapping("/reps/{id}/cadence")
    @Operation(summary = "Set the 1:1 cadence: {cadence: weekly|biweekly|monthly, firstAt, durationMinutes, version}",
            description = "The rep's manager only: others who see the rep 403, anyone else 404. Lays out the meetings "
                    + "of the next twelve weeks, replacing future ones of the previous cadence that nothing was "
                    + "written into yet; an unknown cadence or a firstAt that does not read 422 naming the field. "
                    + "version is the one read (0 when none was set), a stale one 409.")
    CadenceJson cadence(Scope scope, @PathVariable long id, @RequestBody Inputs.CadenceInput input) {
        return CadenceJson.of(oneOnOnes.setCadence(scope, id, input));
    }

    @GetMapping("/one-on-ones/{id}")
    @Operation(summary = "One 1:1 with its agenda, shared notes and actions (never the private notes)",
            description = "For the rep and whoever sees their deals (their manager, their director, the admin); "
                    + "anyone else 404. The manager's private notes are not part of it: they are GET "
                    + "…/private-notes.")
    MeetingJson meeting(Scope scope, @PathVariable long id) {
        return MeetingJson.of(oneOnOnes.meeting(scope, id));
    }

    @PatchMapping("/one-on-ones/{id}")
    @Operation(summary = "Change a 1:1: {sharedNotes?, startsAt?, durationMinutes?, status? (scheduled|held|cancelled), "
            + "version}",
            description = "Rep and manager write shared notes; only the manager moves, cancels or records it as held "
                    + "(a rep sending those 403), held only from the 1:1's own day on; outside scope 404. An unknown "
                    + "status, a time that does not read or notes that are too long 422 naming the field; version is "
                    + "the one read, a stale one 409.")
    MeetingJson change(Scope scope, @PathVariable long id, @RequestBody Inputs.MeetingChange change) {
        return MeetingJson.of(oneOnOnes.change(scope, id, change));
    }

    @PostMapping("/one-on-ones/{id}/agenda")
    @Operation(summary = "Add an agenda item: {text}",
            description = "The rep or their manager (others who see the rep 403, anyone else 404), while the 1:1 is "
                    + "scheduled: a held or cancelled one 422, as is an empty or too long text. Answers 201 with the "
                    + "item.")
    ResponseEntity<AgendaJson> agenda(Scope scope, @PathVariable long id, @RequestBody Inputs.AgendaInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(AgendaJson.of(oneOnOnes.addAgenda(scope, id, input.text())));
    }

    @PostMapping("/one-on-ones/{id}/actions")
    @Operation(summary = "Raise an action item: {text, owner: rep|manager, dueOn?}",
            description = "The rep or their manager (others who see the rep 403, anyone else 404), in any 1:1 not "
                    + "cancelled; it shows on every later 1:1 of the rep until marked done. An empty text, an owner "
                    + "other than rep or manager or a dueOn that does not read 422 naming the field; answers 201 "
                    + "with the action and its Location.")
    ResponseEntity<ActionJson> action(Scope scope, @PathVariable long id, @RequestBody Inputs.ActionInput input) {
        var action = oneOnOnes.addAction(scope, id, input);
        return ResponseEntity.created(URI.create("/api/v1/actions/" + action.id())).body(ActionJson.of(action));
    }

    @PatchMapping("/actions/{id}")
    @Operation(summary = "Mark an action done (or open again), or edit it: {done?, text?, owner?, dueOn?, version}",
            description = "The rep or their manager (others who see the rep 403, anyone else 404); fields left out "
                    + "keep their value and an empty dueOn clears it. An unknown owner or a date that does not read "
                    + "422 naming the field; version is the one read, a stale one 409.")
    ActionJson changeAction(Scope scope, @PathVariable long id, @RequestBody Inputs.ActionChange change) {
        return ActionJson.of(oneOnOnes.changeAction(scope, id, change));
    }

    @GetMapping("/one-on-ones/{id}/private-notes")
    @Operation(summary = "The manager's private notes of a 1:1: the rep's manager and director only (404 for "
            + "everyone else). Audited.",
            description = "Only the rep's manager and their director read them; anyone else, the rep included, gets "
                    + "404 and the refused attempt is audited. Every read is written to the audit log; the answer "
                    + "holds the version to write with.")
    PrivateJson privateNotes(Scope scope, @PathVariable long id) {
        return PrivateJson.of(privateNotes.read(scope, id));
    }

    @PutMapping("/one-on-ones/{id}/private-notes")
    @Operation(summary = "Write the private notes of a 1:1: {text, version}; the rep's manager only. Audited.",
            description = "The rep's manager only: the director 403, anyone else 404 (the attempt audited). The write "
                    + "is audited; text too long 422; version is the one read (0 when none were written), a stale "
                    + "one 409.")
    PrivateJson writePrivateNotes(Scope scope, @PathVariable long id, @RequestBody Inputs.PrivateNoteInput input) {
        return PrivateJson.of(privateNotes.write(scope, id, input.text(), input.version()));
    }

    @GetMapping("/reps/{id}/coaching-plans")
    @Operation(summary = "A rep's coaching plans with progress measured before and after each started",
            description = "For the rep and whoever sees their deals (their manager, their director, the admin); a "
                    + "peer or anyone outside scope 404. Each plan carries its metric measured before it started and "
                    + "since, with its actions.")
    List<PlanJson> plans(Scope scope, @PathVariable long id) {
        return plans.plans(scope, id).stream().map(PlanJson::of).toList();
    }

    @PostMapping("/reps/{id}/coaching-plans")
    @Operation(summary = "Make a coaching plan: {competency, metric (CONVERSION|MEDIAN_CYCLE|AVG_DEAL|PIPELINE_CREATED), "
            + "segment? (product:NAME|sector:NAME), baseline?, baselineFrom?, baselineTo?, target, startsOn?, reviewOn, "
            + "actions?[]}",
            description = "The rep's manager only: others who see the rep 403, anyone else 404. An unknown competency "
                    + "or metric, a missing target or reviewOn, or dates out of order 422 naming each field; answers "
                    + "201 with the plan and its Location. A coaching-focus suggestion's plan can be posted as it "
                    + "is.")
    ResponseEntity<PlanJson> createPlan(Scope scope, @PathVariable long id, @RequestBody Inputs.PlanInput input) {
        var plan = plans.create(scope, id, input);
        return ResponseEntity.created(URI.create("/api/v1/coaching-plans/" + plan.plan().id())).body(PlanJson.of(plan));
    }

    @GetMapping("/coaching-plans/{id}")
    @Operation(summary = "One coaching plan with its progress",
            description = "For the rep and whoever sees their deals (their manager, their director, the admin); "
                    + "anyone else 404.")
    PlanJson plan(Scope scope, @PathVariable long id) {
        return PlanJson.of(plans.plan(scope, id));
    }

    @PatchMapping("/coaching-plans/{id}")
    @Operation(summary = "Tick a plan's actions {actionsDone:[ids], version} or finish it {finish:true, note?, version}",
            description = "The rep or their manager ticks actions; only the manager finishes a plan, which measures "
                    + "its outcome once more and keeps it (others who see the rep 403, anyone else 404). A finished "
                    + "plan, or an action id not of this plan, 422; version is the one read, a stale one 409.")
    PlanJson changePlan(Scope scope, @PathVariable long id, @RequestBody Inputs.PlanChange change) {
        return PlanJson.of(plans.change(scope, id, change));
    }

    @GetMapping("/reps/{id}/coaching-focus")
    @Operation(summary = "Where to coach the rep, ranked and explained: [{area, evidence, competency, suggestion, "
            + "number, plan, inPlan}]",
            description = "For the rep and whoever sees their deals (their manager, their director, the admin); "
                    + "anyone else 404. number: the rep's figure over its one window beside the team's and the "
                    + "team's better half's; plan: null when no reachable target exists or a plan on it is active.")
    List<FocusJson> focus(Scope scope, @PathVariable long id) {
        return focus.focus(scope, id).stream().map(FocusJson::of).toList();
    }

    @GetMapping("/reps/{id}/coaching-requests")
    @Operation(summary = "The coaching topics a rep asked for",
            description = "For the rep and whoever sees their deals (their manager, their director, the admin); a "
                    + "peer or anyone outside scope 404.")
    List<RequestJson> requests(Scope scope, @PathVariable long id) {
        return plans.requests(scope, id).stream().map(RequestJson::of).toList();
    }

    @PostMapping("/reps/{id}/coaching-requests")
    @Operation(summary = "Ask for a coaching topic: {competency?, text}; the rep only",
            description = "The rep themself only: others who see the rep 403, anyone else 404. An empty text or one "
                    + "over 1000 characters, or an unknown competency, 422 naming the field; answers 201 with the "
                    + "request.")
    ResponseEntity<RequestJson> ask(Scope scope, @PathVariable long id, @RequestBody Inputs.TopicInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(RequestJson.of(plans.ask(scope, id, input)));
    }

    record Addressed(@Nullable Integer version) {
    }

    @PatchMapping("/coaching-requests/{id}")
    @Operation(summary = "Mark an asked topic as addressed: {version}; the rep's manager only",
            description = "The rep's manager only: others who see the rep 403, anyone else 404. version is the one "
                    + "read, a stale one 409.")
    RequestJson address(Scope scope, @PathVariable long id, @RequestBody Addressed input) {
        return RequestJson.of(plans.address(scope, id, input.version()));
    }

    @GetMapping("/teams/{id}/coaching")
    @Operation(summary = "A team's coaching: per rep cadence, days since the last 1:1, open actions, plans and outcomes, "
            + "topics asked for (never private notes)",
            description = "For the team's manager, its director and the admin; reps and anyone outside scope 404. "
                    + "Private notes are never part of it.")
    TeamJson team(Scope scope, @PathVariable long id) {
        return TeamJson.of(teams.team(scope, id));
    }

    @GetMapping("/me/calendar-feed")
    @Operation(summary = "The URL of your private 1:1 calendar feed (iCalendar), 404 when you have none",
            description = "For reps and managers; 404 when no feed was made (POST makes one) and for other roles. "
                    + "Anyone holding the URL can read the feed, so keep it private.")
    Map<String, String> feed(Scope scope) {
        return Map.of("url", links.feedUrl(feeds.token(scope).orElseThrow(() -> new NotFoundException("feed", "me"))));
    }

    @PostMapping("/me/calendar-feed")
    @Operation(summary = "Make a new feed URL (the old one stops working); reps and managers",
            description = "Reps and managers only (other roles 403). Replaces any earlier feed, whose URL answers 404 "
                    + "from then on; answers 201 with {url}.")
    ResponseEntity<Map<String, String>> regenerate(Scope scope) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("url", links.feedUrl(feeds.regenerate(scope))));
    }

    @DeleteMapping("/me/calendar-feed")
    @Operation(summary = "Turn your feed off: its URL answers 404 from then on",
            description = "Reps and managers only (other roles 403). Answers 204, also when no feed was on.")
    ResponseEntity<Void> revoke(Scope scope) {
        feeds.revoke(scope);
        return ResponseEntity.noContent().build();
    }



    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException j && !j.getPath().isEmpty()) {
                field = j.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                        : "[" + r.getIndex() + "]").collect(Collectors.joining("."));
                break;
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field == null
                ? "The body is not the JSON this endpoint takes" : "Field '" + field + "' has a value of the wrong type");
        problem.setTitle("Bad request");
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
