package dev.frontline.results;

import dev.frontline.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A team's ramp for new hires: the percent of the full quota a rep carries in the 1st, 2nd, … month after joining
 * (the joining month is the 1st), 100% after the last step. {@code 25/50/75/100} ramps over three months; no steps
 * means the full quota from the join date.
 */
public record Ramp(List<Integer> steps) {

    public static final int MAX_STEPS = 12;
    public static final Ramp NONE = new Ramp(List.of());

    /**
     * @throws InvalidInput naming {@code steps} unless each step is 0–100, no step is below the one before and
     *                      there are at most {@value #MAX_STEPS}
     */
    public Ramp {
        if (steps == null) {
            throw new InvalidInput("steps", "required: a list of percents such as [25, 50, 75, 100], or [] for none");
        }
        List<String> errors = new ArrayList<>();
        if (steps.size() > MAX_STEPS) {
            errors.add("steps: at most " + MAX_STEPS + " months, not " + steps.size());
        }
        for (int i = 0; i < steps.size(); i++) {
            Integer step = steps.get(i);
            if (step == null || step < 0 || step > 100) {
                errors.add("steps: month " + (i + 1) + " must be 0 to 100%, not " + step);
            } else if (i > 0 && steps.get(i - 1) != null && step < steps.get(i - 1)) {
                errors.add("steps: month " + (i + 1) + " (" + step + "%) is below month " + i + " ("
                        + steps.get(i - 1) + "%); a ramp never goes down");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        steps = List.copyOf(steps);
    }

    /**
     * Reads a ramp as a manager types it: {@code 25/50/75/100}, {@code 25, 50, 75} or {@code 25% 50%}; blank is no
     * ramp.
     *
     * @throws InvalidInput naming {@code field} when a step is no whole number or the ramp is invalid
     */
    public static Ramp parse(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<Integer> steps = new ArrayList<>();
        for (String part : text.trim().split("[\\s/,;]+")) {
            String number = part.replace("%", "");
            if (number.isEmpty()) {
                continue;
            }
            try {
                steps.add(Integer.valueOf(number));
            } catch (NumberFormatException e) {
                throw new InvalidInput(field, "'" + part + "' is not a whole percent (write the ramp as 25/50/75/100)");
            }
        }
        try {
            return new Ramp(steps);
        } catch (InvalidInput e) {
            throw new InvalidInput(e.errors().stream().map(m -> m.replaceFirst("^steps:", field + ":")).toList());
        }
    }

    /** The share of the full quota (0–1) in the {@code index}-th month after joining, the joining month being 0. */
    public BigDecimal factor(int index) {
        if (index < 0) {
            return BigDecimal.ZERO;
        }
        return index < steps.size() ? BigDecimal.valueOf(steps.get(index)).movePointLeft(2) : BigDecimal.ONE;
    }

    /** {@code 25/50/75/100}, or empty for none. */
    @Override
    public String toString() {
        return steps.stream().map(String::valueOf).collect(Collectors.joining("/"));
    }
}
