package dev.frontline.results.web;

import dev.frontline.results.GoalChange;
import dev.frontline.results.Metric;
import dev.frontline.results.QuotaChange;
import dev.frontline.results.StartChange;
import dev.frontline.system.web.KeyedFields;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The forms of a team's quota page. The fixed fields — which grid the form came from ({@code year}, {@code grain},
 * {@code period}) — bind to this record; the grid's cells are keyed by rep and period and are parsed by
 * {@link KeyedFields} (an unknown field name answers 400, a bad value 422 naming the field):
 * <ul>
 *   <li>quotas: {@code amount:<username|team>:<period>} and {@code version:<username|team>:<period>};</li>
 *   <li>goals: {@code goal:<username>:<metric>} for the form's {@code period};</li>
 *   <li>join dates: {@code joined:<username>} (blank: before the records), {@code was:<username>} (the date shown),
 *       {@code id:<username>} and {@code version:<username>}.</li>
 * </ul>
 */
record QuotaGridForm(@Nullable @Min(value = 2000, message = "is 2000 or later")
                     @Max(value = 2100, message = "is 2100 or earlier") Integer year,
                     @Nullable String grain, @Nullable String period) {

    static final Set<String> FIXED = Set.of("year", "grain", "period");
    static final Map<String, Integer> QUOTA_FIELDS = Map.of("amount", 2, "version", 2, "shown", 2);
    static final Map<String, Integer> GOAL_FIELDS = Map.of("goal", 2);
    static final Map<String, Integer> START_FIELDS = Map.of("joined", 1, "was", 1, "id", 1, "version", 1);

    /** The grid a refused form comes back to when even its fixed fields did not bind. */
    static final QuotaGridForm DEFAULT = new QuotaGridForm(null, null, null);

    String grainOrQuarter() {
        return grain == null ? "quarter" : grain;
    }

    @Nullable String yearText() {
        return year == null ? null : year.toString();
    }

    /**
     * The quotas typed into the grid; blank cells are left as they are, and so is a cell left as shown (the grid
     * shows whole dollars: {@code shown:<key>} carries what it showed, so an untouched cell keeps its exact amount).
     */
    static List<QuotaChange> quotas(long teamId, KeyedFields fields) {
        List<QuotaChange> changes = new ArrayList<>();
        fields.under("amount").forEach((key, value) -> {
            if (value.isBlank() || value.strip().equals(fields.get("shown:" + key))) {
                return;
            }
            String[] who = key.split(":", 2);
            boolean team = who[0].equals("team");
            changes.add(new QuotaChange(team ? null : who[0], team ? teamId : null, who[1],
                    ResultsPages.amount(value, who[1]),
                    KeyedFields.wholeNumber("version:" + key, fields.get("version:" + key))));
        });
        return changes;
    }

    /** The goals typed for the period; an unknown metric in a field's name is malformed (400). */
    static List<GoalChange> goals(String period, KeyedFields fields) {
        List<GoalChange> changes = new ArrayList<>();
        fields.under("goal").forEach((key, value) -> {
            if (!value.isBlank()) {
                String[] who = key.split(":", 2);
                changes.add(new GoalChange(who[0], period, Metric.valueOf(who[1]), ResultsPages.amount(value, period)));
            }
        });
        return changes;
    }

    /** The join dates that differ from the ones shown, by the rep's id. */
    static Map<Long, StartChange> starts(KeyedFields fields) {
        Map<Long, StartChange> changes = new LinkedHashMap<>();
        fields.under("joined").forEach((rep, sent) -> {
            String value = sent.trim();
            if (value.equals(Objects.requireNonNullElse(fields.get("was:" + rep), "").trim())) {
                return;
            }
            changes.put(Long.valueOf(Objects.requireNonNullElse(fields.get("id:" + rep), "0")),
                    new StartChange(value.isEmpty() ? null : ResultsPages.date(value),
                            KeyedFields.wholeNumber("version:" + rep, fields.get("version:" + rep))));
        });
        return changes;
    }
}
