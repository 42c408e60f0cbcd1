package dev.frontline.coaching;

import dev.frontline.organization.TeamSummary;
import java.util.List;

/**
 * A team's coaching at a glance: per rep their cadence and where they stand, open actions, plans (active and
 * finished, with outcomes) and the topics they asked for. Never private notes.
 */
public record TeamCoachingView(TeamSummary team, List<Row> rows) {

    /** One rep. {@code coachedOn}: the competencies of all their plans, most recent first. */
    public record Row(RepSchedule schedule, List<PlanProgress> activePlans, List<PlanProgress> finishedPlans,
                      List<TopicRequest> openRequests, List<String> coachedOn) {
    }

    public long overdue() {
        return rows.stream().filter(r -> r.schedule().overdue()).count();
    }

    /** Reps on no 1:1 cadence at all: a gap, not "nothing overdue". */
    public long noCadence() {
        return rows.stream().filter(r -> r.schedule().noCadence()).count();
    }

    /** Nobody in the team has ever had a 1:1 recorded as held. */
    public boolean neverMet() {
        return !rows.isEmpty() && rows.stream().allMatch(r -> r.schedule().lastHeld() == null);
    }

    public long withCadence() {
        return rows.stream().filter(r -> r.schedule().cadence() != null).count();
    }

    public long openActions() {
        return rows.stream().mapToLong(r -> r.schedule().openActions().size()).sum();
    }

    public long activePlans() {
        return rows.stream().mapToLong(r -> r.activePlans().size()).sum();
    }

    public List<PlanProgress> finishedPlans() {
        return rows.stream().flatMap(r -> r.finishedPlans().stream())
                .sorted(java.util.Comparator.comparing((PlanProgress p) -> p.plan().endsOn()).reversed()).toList();
    }
}
