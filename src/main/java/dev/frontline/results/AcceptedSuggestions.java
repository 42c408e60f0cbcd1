package dev.frontline.results;

import dev.frontline.organization.Member;
import dev.frontline.system.Fmt;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What accepting a team's suggestions for a period changed.
 *
 * @param changed   each quota set: the rep, the quota set for exactly that period before (null: none) and after
 * @param unchanged reps whose quota already was the suggestion
 */
public record AcceptedSuggestions(String period, List<Change> changed, List<Member> unchanged) {

    public AcceptedSuggestions {
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
    }

    /** One rep's quota for the period, before and after. */
    public record Change(Member rep, @Nullable BigDecimal before, BigDecimal after) {

        public String text() {
            return rep.displayName() + " " + Fmt.money(after) + " (was " + (before == null ? "none" : Fmt.money(before))
                    + ")";
        }
    }

    /**
     * In words: {@code Set 6 quotas for 2027-Q1: Violet Mclelland $48,000 (was none), …; 1 already as suggested.}
     */
    public String message() {
        String set = changed.isEmpty() ? "No quota changed for " + period
                : "Set " + changed.size() + (changed.size() == 1 ? " quota" : " quotas") + " for " + period + ": "
                        + changed.stream().map(Change::text).collect(Collectors.joining(", "));
        String same = unchanged.isEmpty() ? "" : "; " + unchanged.size() + " already as suggested ("
                + unchanged.stream().map(Member::displayName).collect(Collectors.joining(", ")) + ")";
        return set + same + ".";
    }
}
