package dev.frontline.coaching;

import java.time.Instant;
import java.util.List;

/**
 * One 1:1 as its readers see it: when, its state, the agenda, the shared notes and the action items it shows (those
 * raised in it and those carried over, see {@link CarryOver}). Private notes are never part of it.
 *
 * @param fromCadence made by the rep's cadence rather than by hand
 */
public record Meeting(long id, long repId, String repName, Instant startsAt, int durationMinutes, MeetingStatus status,
                      boolean fromCadence, String sharedNotes, List<AgendaItem> agenda, List<ShownAction> actions,
                      boolean demo, int version) {

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    /** Agenda items are added until the meeting is recorded as held or cancelled. */
    public boolean openForAgenda() {
        return status == MeetingStatus.SCHEDULED;
    }

    public boolean started(Instant now) {
        return !startsAt.isAfter(now);
    }

    public long openActions() {
        return actions.stream().filter(a -> !a.action().done()).count();
    }
}
