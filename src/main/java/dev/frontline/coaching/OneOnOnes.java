package dev.frontline.coaching;

import dev.frontline.shared.StaleVersion;
import dev.frontline.audit.AuditLog;
import dev.frontline.shared.InvalidInput;
import dev.frontline.coaching.Inputs.ActionChange;
import dev.frontline.coaching.Inputs.ActionInput;
import dev.frontline.coaching.Inputs.CadenceInput;
import dev.frontline.coaching.Inputs.MeetingChange;
import dev.frontline.coaching.Inputs.MeetingInput;
import dev.frontline.coaching.internal.CoachingStore;
import dev.frontline.coaching.internal.CoachingStore.MeetingRow;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.people.Onboarding;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import dev.frontline.system.FiscalCalendar;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 1:1s: each rep's cadence and the meetings it lays out twelve weeks ahead, meetings scheduled by hand, their
 * agenda, shared notes and action items, and who is overdue.
 *
 * <p>Order of checks on every write: outside scope 404, then not entitled 403, then invalid input 422, then a stale
 * version 409. Times are kept as instants, read and written in the viewer's time zone, and "today" is the viewer's
 * ({@link FiscalCalendar#today(Scope)}); cadences are laid out in Frontline's default zone, as its own job.
 */
@Service
@Transactional(readOnly = true)
public class OneOnOnes {

    static final int MAX_TEXT = 2000;
    static final int MAX_NOTES = 10000;

    private final CoachingStore store;
    private final Organization organization;
    private final Onboarding onboarding;
    private final FiscalCalendar calendar;
    private final AuditLog auditLog;

    OneOnOnes(CoachingStore store, Organization organization, Onboarding onboarding, FiscalCalendar calendar,
              AuditLog auditLog) {
        this.store = store;
        this.organization = organization;
        this.onboarding = onboarding;
        this.calendar = calendar;
        this.auditLog = auditLog;
    }

    /** The zone the viewer reads and writes times in. */
    public ZoneId zone(Scope scope) {
        return calendar.zone(scope.viewer());
    }

    /** The rep's cadence, standing, every meeting and open actions; for whoever sees the rep's deals (else 404). */
    public RepSchedule schedule(Scope scope, long repId) {
        Member rep = organization.repInFullView(scope, repId);
        return schedules(scope, List.of(rep)).get(0);
    }

    /** One meeting; 404 outside scope. */
    public Meeting meeting(Scope scope, long meetingId) {
        MeetingRow row = meetingInScope(scope, meetingId);
        Member rep = organization.person(scope, row.repId());
        List<ActionItem> actions = store.actions(List.of(row.repId()));
        return meeting(row, rep.displayName(), store.agenda(List.of(meetingId)), actions);
    }

    /**
     * Sets the rep's cadence (the rep's manager only; 403 for others in scope), and lays out its meetings for the next
     * twelve weeks, replacing the future ones of the previous cadence that nothing was written into yet.
     */
    @Transactional
    public CadenceSetting setCadence(Scope scope, long repId, CadenceInput input) {
        organization.repInFullView(scope, repId);
        if (!scope.isManagerOf(repId)) {
            throw new AccessDeniedException("Only the rep\'s manager sets the 1:1 cadence");
        }
        List<String> errors = new ArrayList<>();
        Cadence cadence = Cadence.parse(input.cadence());
        if (cadence == null) {
            errors.add("cadence: '" + input.cadence() + "' is not a cadence; use weekly, biweekly or monthly");
        }
        Instant firstAt = instant("firstAt", input.firstAt(), zone(scope), errors);
        int minutes = minutes(input.durationMinutes(), 30, errors);
        version(input.version(), errors);
        reject(errors);
        Optional<CadenceSetting> before = store.cadence(repId);
        Instant now = calendar.now();
        if (!store.saveCadence(repId, input.version(), cadence, firstAt, minutes,
                before.map(CadenceSetting::since).orElse(now), scope.viewer().displayName(), false)) {
            throw new StaleVersion("The cadence", store.cadence(repId).map(CadenceSetting::version).orElse(0));
        }
        store.deleteUntouchedFutureSlots(repId, now, auditLog.auditedObjects(PrivateMeetingNotes.KIND, repId));
        CadenceSetting saved = store.cadence(repId).orElseThrow();
        layOut(saved, now);
        return saved;
    }

    /**
     * Schedules a 1:1 by hand (the rep's manager only). {@code startsAt} may be {@code now}: then it is
     * {@link #startNow}.
     */
    @Transactional
    public Meeting book(Scope scope, long repId, MeetingInput input) {
        if (input.startsAt() != null && input.startsAt().trim().equalsIgnoreCase("now")) {
            return startNow(scope, repId, input.durationMinutes());
        }
        Member rep = organization.repInFullView(scope, repId);
        if (!scope.isManagerOf(repId)) {
            throw new AccessDeniedException("Only the rep\'s manager schedules 1:1s");
        }
        List<String> errors = new ArrayList<>();
        Instant startsAt = instant("startsAt", input.startsAt(), zone(scope), errors);
        int minutes = minutes(input.durationMinutes(),
                store.cadence(repId).map(CadenceSetting::durationMinutes).orElse(30), errors);
        reject(errors);
        long id = store.insertMeeting(repId, startsAt, minutes, null, MeetingStatus.SCHEDULED, "", scope.viewer().displayName(),
                calendar.now(), false);
        return meeting(store.meeting(id).orElseThrow(), rep.displayName(), List.of(), store.actions(List.of(repId)));
    }

    /**
     * Starts a 1:1 now (the rep's manager only): the rep's 1:1 scheduled for today (in the viewer's zone), moved to
     * now when it was due later today; else a new one starting now (to the minute) for the cadence's length, or 30
     * minutes. Either way it is under way and can be recorded as held at once.
     */
    @Transactional
    public Meeting startNow(Scope scope, long repId, @Nullable Integer durationMinutes) {
        Member rep = organization.repInFullView(scope, repId);
        if (!scope.isManagerOf(repId)) {
            throw new AccessDeniedException("Only the rep\'s manager starts 1:1s");
        }
        List<String> errors = new ArrayList<>();
        int minutes = minutes(durationMinutes, store.cadence(repId).map(CadenceSetting::durationMinutes).orElse(30),
                errors);
        reject(errors);
        Instant now = calendar.now().truncatedTo(ChronoUnit.MINUTES);
        LocalDate today = calendar.today(scope);
        ZoneId zone = zone(scope);
        Optional<MeetingRow> todays = store.meetings(List.of(repId)).stream()
                .filter(r -> r.status() == MeetingStatus.SCHEDULED
                        && r.startsAt().atZone(zone).toLocalDate().equals(today))
                .min(Comparator.comparing(MeetingRow::startsAt));
        long id;
        if (todays.isPresent()) {
            MeetingRow row = todays.get();
            id = row.id();
            if (row.startsAt().isAfter(now) && !store.updateMeeting(id, row.version(), now,
                    durationMinutes == null ? row.durationMinutes() : minutes, MeetingStatus.SCHEDULED,
                    row.sharedNotes())) {
                throw new StaleVersion("The 1:1", store.meeting(id).map(MeetingRow::version).orElse(0));
            }
        } else {
            id = store.insertMeeting(repId, now, minutes, null, MeetingStatus.SCHEDULED, "", scope.viewer().displayName(),
                    calendar.now(), false);
        }
        return meeting(store.meeting(id).orElseThrow(), rep.displayName(), store.agenda(List.of(id)),
                store.actions(List.of(repId)));
    }

    /**
     * Changes a meeting. The rep and the manager write the shared notes; only the manager moves, resizes, cancels or
     * records it as held (a rep sending those gets 403), held from the meeting's own day on (in the viewer's zone),
     * not only once it has ended. A stale version answers 409.
     */
    @Transactional
    public Meeting change(Scope scope, long meetingId, MeetingChange change) {
        MeetingRow row = meetingInScope(scope, meetingId);
        if (!scope.isRepSelf(row.repId()) && !scope.isManagerOf(row.repId())) {
            throw new AccessDeniedException("Only the rep and their manager change a 1:1");
        }
        List<String> errors = new ArrayList<>();
        Instant startsAt = change.startsAt() == null ? row.startsAt()
                : instant("startsAt", change.startsAt(), zone(scope), errors);
        int minutes = minutes(change.durationMinutes(), row.durationMinutes(), errors);
        MeetingStatus status = row.status();
        if (change.status() != null) {
            status = MeetingStatus.parse(change.status());
            if (status == null) {
                errors.add("status: '" + change.status() + "' is not a status; use scheduled, held or cancelled");
                status = row.status();
            } else if (status == MeetingStatus.HELD && startsAt != null && !heldFrom(scope, startsAt)) {
                errors.add("status: a 1:1 is recorded as held from its day on (" + startsAt.atZone(zone(scope))
                        .toLocalDate() + ")");
            }
        }
        String notes = change.sharedNotes() == null ? row.sharedNotes() : change.sharedNotes().strip();
        if (notes.length() > MAX_NOTES) {
            errors.add("sharedNotes: at most " + MAX_NOTES + " characters");
        }
        version(change.version(), errors);
        boolean moves = (startsAt != null && !startsAt.equals(row.startsAt())) || minutes != row.durationMinutes()
                || status != row.status();
        if (moves && !scope.isManagerOf(row.repId())) {
            throw new AccessDeniedException("Only the rep's manager moves, cancels or records a 1:1");
        }
        reject(errors);
        if (!store.updateMeeting(meetingId, change.version(), startsAt, minutes, status, notes)) {
            throw new StaleVersion("The 1:1", store.meeting(meetingId).map(MeetingRow::version).orElse(0));
        }
        return meeting(scope, meetingId);
    }

    /** Adds an agenda item, by the rep or the manager, until the meeting is held or cancelled (then 422). */
    @Transactional
    public AgendaItem addAgenda(Scope scope, long meetingId, @Nullable String text) {
        MeetingRow row = meetingInScope(scope, meetingId);
        if (!scope.isRepSelf(row.repId()) && !scope.isManagerOf(row.repId())) {
            throw new AccessDeniedException("Only the rep and their manager add agenda items");
        }
        List<String> errors = new ArrayList<>();
        String words = text(text, "text", MAX_TEXT, errors);
        if (row.status() != MeetingStatus.SCHEDULED) {
            errors.add("meeting: this 1:1 is " + row.status().name().toLowerCase() + "; add the item to the next one");
        }
        reject(errors);
        long id = store.insertAgenda(meetingId, (scope.isRep() ? Owner.REP : Owner.MANAGER), scope.viewer().displayName(), words, calendar.now());
        return store.agenda(List.of(meetingId)).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** Raises an action item in a meeting (not a cancelled one), by the rep or the manager. */
    @Transactional
    public ActionItem addAction(Scope scope, long meetingId, ActionInput input) {
        MeetingRow row = meetingInScope(scope, meetingId);
        if (!scope.isRepSelf(row.repId()) && !scope.isManagerOf(row.repId())) {
            throw new AccessDeniedException("Only the rep and their manager raise action items");
        }
        List<String> errors = new ArrayList<>();
        String words = text(input.text(), "text", MAX_TEXT, errors);
        Owner owner = Owner.parse(input.owner());
        if (owner == null) {
            errors.add("owner: '" + input.owner() + "' is not an owner; use rep or manager");
        }
        LocalDate due = date("dueOn", input.dueOn(), errors);
        if (row.status() == MeetingStatus.CANCELLED) {
            errors.add("meeting: this 1:1 was cancelled; raise the action in another one");
        }
        reject(errors);
        long id = store.insertAction(row.repId(), meetingId, words, owner, due, scope.viewer().displayName(), calendar.now(),
                false);
        return store.action(id).orElseThrow();
    }

    /** Marks an action done or open again, or edits it; the rep or the manager; a stale version 409. */
    @Transactional
    public ActionItem changeAction(Scope scope, long actionId, ActionChange change) {
        ActionItem action = store.action(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
        organization.repInFullView(scope, action.repId());
        if (!scope.isRepSelf(action.repId()) && !scope.isManagerOf(action.repId())) {
            throw new AccessDeniedException("Only the rep and their manager change action items");
        }
        List<String> errors = new ArrayList<>();
        String words = change.text() == null ? action.text() : text(change.text(), "text", MAX_TEXT, errors);
        Owner owner = action.owner();
        if (change.owner() != null) {
            owner = Owner.parse(change.owner());
            if (owner == null) {
                errors.add("owner: '" + change.owner() + "' is not an owner; use rep or manager");
                owner = action.owner();
            }
        }
        LocalDate due = change.dueOn() == null ? action.dueOn()
                : change.dueOn().isBlank() ? null : date("dueOn", change.dueOn(), errors);
        version(change.version(), errors);
        reject(errors);
        Instant doneAt = action.doneAt();
        String doneBy = action.doneBy();
        if (change.done() != null && change.done() != action.done()) {
            doneAt = change.done() ? calendar.now() : null;
            doneBy = change.done() ? scope.viewer().displayName() : null;
        }
        if (!store.updateAction(actionId, change.version(), words, owner, due, doneAt, doneBy)) {
            throw new StaleVersion("The action", store.action(actionId).map(ActionItem::version).orElse(0));
        }
        return store.action(actionId).orElseThrow();
    }

    /**
     * The reps of a team whose 1:1s need the manager: overdue for their cadence (most overdue first), then those on
     * no cadence at all (by name). For the team's manager, its director and the admin; a rep gets none.
     */
    public List<Overdue> overdue(Scope scope, long teamId) {
        if (scope.isRep()) {
            return List.of();
        }
        List<Member> reps = organization.reps(scope, teamId);
        List<RepSchedule> all = schedules(scope, reps);
        List<Overdue> out = new ArrayList<>(all.stream().filter(RepSchedule::overdue)
                .map(s -> new Overdue(s.rep(), s.cadence().cadence(), s.lastHeld(), s.due(), s.daysOverdue()))
                .sorted(Comparator.comparingLong(Overdue::daysOverdue).reversed()).toList());
        all.stream().filter(RepSchedule::noCadence).sorted(Comparator.comparing(s -> s.rep().displayName()))
                .forEach(s -> out.add(new Overdue(s.rep(), null, s.lastHeld(), null, 0)));
        return out;
    }

    /** The schedules of several reps the caller already found in scope, in their order, as of the viewer's today. */
    List<RepSchedule> schedules(Scope scope, List<Member> reps) {
        List<Long> ids = reps.stream().map(Member::id).toList();
        Map<Long, CadenceSetting> cadences = store.cadences(ids).stream()
                .collect(Collectors.toMap(CadenceSetting::repId, c -> c));
        List<MeetingRow> rows = store.meetings(ids);
        Map<Long, List<AgendaItem>> agenda = store.agenda(rows.stream().map(MeetingRow::id).toList()).stream()
                .collect(Collectors.groupingBy(AgendaItem::meetingId));
        Map<Long, List<ActionItem>> actions = store.actions(ids).stream().collect(Collectors.groupingBy(ActionItem::repId));
        Map<Long, List<MeetingRow>> byRep = rows.stream().collect(Collectors.groupingBy(MeetingRow::repId));
        Map<Long, Instant> joined = onboarding.joined(reps);
        LocalDate today = calendar.today(scope);
        ZoneId zone = zone(scope);
        List<RepSchedule> out = new ArrayList<>();
        for (Member rep : reps) {
            List<ActionItem> own = actions.getOrDefault(rep.id(), List.of());
            List<Meeting> meetings = byRep.getOrDefault(rep.id(), List.of()).stream()
                    .map(r -> meeting(r, rep.displayName(), agenda.getOrDefault(r.id(), List.of()), own)).toList();
            LocalDate lastHeld = meetings.stream().filter(m -> m.status() == MeetingStatus.HELD)
                    .map(m -> m.startsAt().atZone(zone).toLocalDate()).max(Comparator.naturalOrder()).orElse(null);
            CadenceSetting cadence = cadences.get(rep.id());
            LocalDate joinedOn = joined.containsKey(rep.id()) ? joined.get(rep.id()).atZone(zone).toLocalDate() : null;
            LocalDate due = cadence == null ? null
                    : Schedule.due(cadence.cadence(), lastHeld, cadence.since().atZone(zone).toLocalDate(), joinedOn);
            out.add(new RepSchedule(rep, cadence, joinedOn, lastHeld, due,
                    due == null ? 0 : Schedule.daysOverdue(due, today),
                    lastHeld == null ? null : ChronoUnit.DAYS.between(lastHeld, today), meetings,
                    own.stream().filter(a -> !a.done()).toList()));
        }
        return out;
    }

    /** Lays out every cadence's meetings for the next twelve weeks (at start-up and every few hours). */
    @Transactional
    public int layOutAll() {
        Instant now = calendar.now();
        return store.allCadences().stream().mapToInt(c -> layOut(c, now)).sum();
    }

    private int layOut(CadenceSetting cadence, Instant now) {
        int added = 0;
        for (Instant slot : Schedule.upcoming(cadence.cadence(), cadence.firstAt(), now, calendar.defaultZone())) {
            if (store.insertSlotIfAbsent(cadence.repId(), slot, cadence.durationMinutes(), cadence.updatedBy(), now,
                    cadence.demo())) {
                added++;
            }
        }
        return added;
    }

    /** The meetings of the given reps between two instants, for calendar feeds. */
    List<Meeting> meetingsOf(Collection<Member> reps, Instant from, Instant to) {
        Map<Long, String> names = reps.stream().collect(Collectors.toMap(Member::id, Member::displayName, (a, b) -> a));
        return store.meetings(names.keySet()).stream()
                .filter(r -> !r.startsAt().isBefore(from) && r.startsAt().isBefore(to))
                .map(r -> meeting(r, names.get(r.repId()), List.of(), List.of())).toList();
    }

    MeetingRow meetingInScope(Scope scope, long meetingId) {
        MeetingRow row = store.meeting(meetingId).orElseThrow(() -> new NotFoundException("1:1", meetingId));
        if (!scope.seesDealsOf(row.repId())) {
            throw new NotFoundException("1:1", meetingId);
        }
        return row;
    }

    private static Meeting meeting(MeetingRow row, String repName, List<AgendaItem> agenda, List<ActionItem> actions) {
        return new Meeting(row.id(), row.repId(), repName, row.startsAt(), row.durationMinutes(), row.status(),
                row.slotAt() != null, row.sharedNotes(), agenda, CarryOver.on(row.id(), row.startsAt(), actions),
                row.demo(), row.version());
    }

    /** A 1:1 may be recorded as held from its own day on, in the viewer's zone. */
    private boolean heldFrom(Scope scope, Instant startsAt) {
        return !startsAt.atZone(zone(scope)).toLocalDate().isAfter(calendar.today(scope));
    }

    // ---- validation ----

    /** Parses an instant written with an offset, or a local date-time in the given zone. */
    static Instant instant(String field, @Nullable String text, ZoneId zone, List<String> errors) {
        if (text == null || text.isBlank()) {
            errors.add(field + ": required, a date and time such as 2026-12-01T10:00");
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.trim()).atZone(zone).toInstant();
            } catch (DateTimeParseException e2) {
                errors.add(field + ": '" + text + "' is not a date and time; use 2026-12-01T10:00");
                return null;
            }
        }
    }

    static @Nullable LocalDate date(String field, @Nullable String text, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(field + ": '" + text + "' is not a date; use 2026-12-01");
            return null;
        }
    }

    static String text(@Nullable String text, String field, int max, List<String> errors) {
        String words = text == null ? "" : text.strip();
        if (words.isEmpty() || words.length() > max) {
            errors.add(field + ": required, at most " + max + " characters");
        }
        return words;
    }

    private static int minutes(@Nullable Integer given, int fallback, List<String> errors) {
        int minutes = given == null ? fallback : given;
        if (minutes < 5 || minutes > 480) {
            errors.add("durationMinutes: must be 5 to 480, not " + minutes);
        }
        return minutes;
    }

    static void version(@Nullable Integer version, List<String> errors) {
        if (version == null || version < 0) {
            errors.add("version: required, the version you read (0 when there was none)");
        }
    }

    static void reject(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
