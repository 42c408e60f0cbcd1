package dev.frontline.people;

import dev.frontline.organization.Member;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A newcomer's onboarding checklist, for their manager. Items tick by themselves once the data exists.
 *
 * @param fromTeam the team they came from, null when new
 */
public record Checklist(long id, Member rep, String team, @Nullable String fromTeam, Instant openedAt,
                        List<Item> items) {

    /** One thing to have done, and how to do it. */
    public record Item(String key, String label, boolean done, String how, String href) {
    }

    public boolean done() {
        return items.stream().allMatch(Item::done);
    }

    public long doneCount() {
        return items.stream().filter(Item::done).count();
    }
}
