package dev.frontline.coaching.web;

import dev.frontline.coaching.CoachingFocus;
import dev.frontline.coaching.FocusItem;
import dev.frontline.coaching.Meeting;
import dev.frontline.coaching.PlanProgress;
import dev.frontline.coaching.RepSchedule;
import dev.frontline.coaching.TopicRequest;
import dev.frontline.people.Competency;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A rep's coaching page. {@code feedUrl} is the viewer's own feed when the viewer is this rep. */
public record RepCoachingPage(RepSchedule schedule, @Nullable Meeting next, List<PlanProgress> plans,
                              List<FocusItem> focus, CoachingFocus.Windows windows, List<TopicRequest> requests, List<Competency> competencies,
                              Map<String, String> competencyNames, Can can, @Nullable FeedCard feed, Times t,
                              Flash flash) {

    public List<PlanProgress> activePlans() {
        return plans.stream().filter(p -> p.plan().active()).toList();
    }

    public List<PlanProgress> finishedPlans() {
        return plans.stream().filter(p -> !p.plan().active()).toList();
    }

    public List<Meeting> history() {
        return schedule.newestFirst().stream().filter(m -> m.startsAt().isBefore(t.now())).toList();
    }

    public List<Meeting> upcoming() {
        return schedule.meetings().stream().filter(m -> !m.startsAt().isBefore(t.now())).toList();
    }

    public String name(@Nullable String key) {
        return key == null ? "" : competencyNames.getOrDefault(key, key);
    }
}
