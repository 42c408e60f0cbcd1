package dev.frontline.coaching.web;

import dev.frontline.coaching.ActionItem;
import dev.frontline.coaching.AgendaItem;
import dev.frontline.coaching.CadenceSetting;
import dev.frontline.coaching.CoachingPlan;
import dev.frontline.coaching.FocusItem;
import dev.frontline.coaching.Meeting;
import dev.frontline.coaching.PlanDraft;
import dev.frontline.coaching.PlanProgress;
import dev.frontline.coaching.PrivateMeetingNote;
import dev.frontline.coaching.RepSchedule;
import dev.frontline.coaching.ShownAction;
import dev.frontline.coaching.TeamCoachingView;
import dev.frontline.coaching.TopicRequest;
import dev.frontline.coaching.Window;
import dev.frontline.organization.Member;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The API's JSON shapes. Instants are ISO-8601 in UTC; days are ISO dates. */
final class CoachingJson {

    private CoachingJson() {
    }

    record Person(long id, String username, String name) {
        static Person of(Member m) {
            return new Person(m.id(), m.username(), m.displayName());
        }
    }

    record CadenceJson(String cadence, String label, Instant firstAt, int durationMinutes, Instant since, boolean demo,
                       int version) {
        static @Nullable CadenceJson of(@Nullable CadenceSetting c) {
            return c == null ? null : new CadenceJson(c.cadence().name(), c.cadence().label(), c.firstAt(),
                    c.durationMinutes(), c.since(), c.demo(), c.version());
        }
    }

    record AgendaJson(long id, String by, String author, String text, Instant createdAt) {
        static AgendaJson of(AgendaItem a) {
            return new AgendaJson(a.id(), a.by().name(), a.author(), a.text(), a.createdAt());
        }
    }

    record ActionJson(long id, long repId, long raisedIn, String text, String owner, @Nullable LocalDate dueOn,
                      boolean done, @Nullable Instant doneAt, @Nullable String doneBy, @Nullable Boolean carriedOver,
                      int version) {
        static ActionJson of(ActionItem a) {
            return new ActionJson(a.id(), a.repId(), a.raisedIn(), a.text(), a.owner().name(), a.dueOn(), a.done(),
                    a.doneAt(), a.doneBy(), null, a.version());
        }

        static ActionJson of(ShownAction s) {
            ActionItem a = s.action();
            return new ActionJson(a.id(), a.repId(), a.raisedIn(), a.text(), a.owner().name(), a.dueOn(),
                    a.done(), a.doneAt(), a.doneBy(), s.carriedOver(), a.version());
        }
    }

    record MeetingJson(long id, long repId, String rep, Instant startsAt, Instant endsAt, int durationMinutes,
                       String status, boolean fromCadence, String sharedNotes, List<AgendaJson> agenda,
                       List<ActionJson> actions, boolean demo, int version) {
        static MeetingJson of(Meeting m) {
            return new MeetingJson(m.id(), m.repId(), m.repName(), m.startsAt(), m.endsAt(), m.durationMinutes(),
                    m.status().name(), m.fromCadence(), m.sharedNotes(), m.agenda().stream().map(AgendaJson::of).toList(),
                    m.actions().stream().map(ActionJson::of).toList(), m.demo(), m.version());
        }
    }

    record ScheduleJson(Person rep, @Nullable CadenceJson cadence, boolean noCadence, @Nullable LocalDate joinedOn,
                        @Nullable LocalDate lastHeld, @Nullable Long daysSince, @Nullable LocalDate due,
                        long daysOverdue, boolean overdue, List<MeetingJson> meetings, List<ActionJson> openActions) {
        static ScheduleJson of(RepSchedule s) {
            return new ScheduleJson(Person.of(s.rep()), CadenceJson.of(s.cadence()), s.noCadence(), s.joinedOn(),
                    s.lastHeld(), s.daysSince(), s.due(), s.daysOverdue(), s.overdue(),
                    s.meetings().stream().map(MeetingJson::of).toList(),
                    s.openActions().stream().map(ActionJson::of).toList());
        }
    }

    record PrivateJson(long meetingId, String text, @Nullable Instant updatedAt, @Nullable String updatedBy, int version) {
        static PrivateJson of(PrivateMeetingNote n) {
            return new PrivateJson(n.meetingId(), n.text(), n.updatedAt(), n.updatedBy(), n.version());
        }
    }

    record WindowJson(LocalDate from, LocalDate to, long days, @Nullable BigDecimal value, int deals) {
        static @Nullable WindowJson of(@Nullable Window w, @Nullable BigDecimal value, int deals) {
            return w == null ? null : new WindowJson(w.from(), w.to(), w.days(), value, deals);
        }
    }

    record SliceJson(String label, boolean after, @Nullable BigDecimal value, int deals) {
    }

    record ProgressJson(@Nullable WindowJson before, @Nullable WindowJson after, String verdict,
                        @Nullable BigDecimal progressPercent, List<SliceJson> slices) {
    }

    record OutcomeJson(LocalDate finishedOn, @Nullable BigDecimal before, @Nullable BigDecimal after,
                       @Nullable String verdict, @Nullable String note) {
    }

    record PlanActionJson(long id, String text, boolean done) {
    }

    record PlanJson(long id, long repId, String competency, String competencyName, String metric, String metricLabel,
                    @Nullable String segment, @Nullable BigDecimal baseline, @Nullable LocalDate baselineFrom,
                    @Nullable LocalDate baselineTo, BigDecimal target, LocalDate startsOn,
                    LocalDate reviewOn, String status, List<PlanActionJson> actions, ProgressJson progress,
                    @Nullable OutcomeJson outcome, boolean demo, int version) {
        static PlanJson of(PlanProgress p) {
            CoachingPlan plan = p.plan();
            return new PlanJson(plan.id(), plan.repId(), plan.competencyKey(), p.competencyName(), plan.metric().name(),
                    plan.metric().label(), plan.segment(), plan.baseline(),
                    plan.baselineWindow() == null ? null : plan.baselineWindow().from(),
                    plan.baselineWindow() == null ? null : plan.baselineWindow().to(), plan.target(), plan.startsOn(),
                    plan.reviewOn(), plan.status().name(),
                    plan.actions().stream().map(a -> new PlanActionJson(a.id(), a.text(), a.done())).toList(),
                    new ProgressJson(WindowJson.of(p.before(), p.beforeValue(), p.beforeDeals()),
                            WindowJson.of(p.after(), p.afterValue(), p.afterDeals()), p.verdict().name(), p.progress(),
                            p.slices().stream().map(s -> new SliceJson(s.label(), s.after(), s.value(), s.deals())).toList()),
                    plan.finishedOn() == null ? null : new OutcomeJson(plan.finishedOn(), plan.beforeValue(),
                            plan.afterValue(), plan.verdict() == null ? null : plan.verdict().name(), plan.outcomeNote()),
                    plan.demo(), plan.version());
        }
    }

    record DraftJson(@Nullable String competency, String metric, @Nullable String segment, BigDecimal baseline,
                     LocalDate baselineFrom, LocalDate baselineTo, BigDecimal target, LocalDate startsOn,
                     LocalDate reviewOn) {
        static @Nullable DraftJson of(@Nullable PlanDraft d) {
            return d == null ? null : new DraftJson(d.competency(), d.metric().name(), d.segment(), d.baseline(),
                    d.baselineFrom(), d.baselineTo(), d.target(), d.startsOn(), d.reviewOn());
        }
    }

    record NumberJson(String measure, String window, LocalDate from, LocalDate to, @Nullable BigDecimal value, int deals,
                      @Nullable BigDecimal team, @Nullable BigDecimal betterHalf) {
        static @Nullable NumberJson of(FocusItem.@Nullable Number n) {
            return n == null ? null : new NumberJson(n.measure(), n.window(), n.from(), n.to(), n.value(), n.deals(),
                    n.team(), n.betterHalf());
        }
    }

    record FocusJson(String area, String evidence, @Nullable String competency, String suggestion, double score,
                     @Nullable NumberJson number, @Nullable DraftJson plan, @Nullable Long inPlan) {
        static FocusJson of(FocusItem f) {
            return new FocusJson(f.area(), f.evidence(), f.competency(), f.suggestion(), f.score(),
                    NumberJson.of(f.number()), DraftJson.of(f.plan()), f.inPlan());
        }
    }

    record RequestJson(long id, long repId, @Nullable String competency, String text, Instant createdAt,
                       @Nullable Instant addressedAt, @Nullable String addressedBy, boolean demo, int version) {
        static RequestJson of(TopicRequest r) {
            return new RequestJson(r.id(), r.repId(), r.competencyKey(), r.text(), r.createdAt(), r.addressedAt(),
                    r.addressedBy(), r.demo(), r.version());
        }
    }

    record TeamRowJson(Person rep, @Nullable CadenceJson cadence, boolean noCadence, @Nullable LocalDate joinedOn,
                       @Nullable LocalDate lastHeld, @Nullable Long daysSince, @Nullable LocalDate due,
                       long daysOverdue, int openActions, List<PlanJson> activePlans, List<PlanJson> finishedPlans,
                       List<RequestJson> openRequests, List<String> coachedOn) {
    }

    record TeamJson(long id, String name, String manager, long overdue, long noCadence, List<TeamRowJson> reps) {
        static TeamJson of(TeamCoachingView v) {
            return new TeamJson(v.team().id(), v.team().name(), v.team().manager() == null ? "" : v.team().manager(),
                    v.overdue(), v.noCadence(), v.rows().stream().map(r -> {
                        RepSchedule s = r.schedule();
                        return new TeamRowJson(Person.of(s.rep()), CadenceJson.of(s.cadence()), s.noCadence(),
                                s.joinedOn(), s.lastHeld(), s.daysSince(), s.due(), s.daysOverdue(),
                                s.openActions().size(), r.activePlans().stream().map(PlanJson::of).toList(),
                                r.finishedPlans().stream().map(PlanJson::of).toList(),
                                r.openRequests().stream().map(RequestJson::of).toList(), r.coachedOn());
                    }).toList());
        }
    }
}
