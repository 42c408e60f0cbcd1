package dev.frontline.coaching;

/** What a plan's number did between the window before it and the window since it started. */
public enum Verdict {
    REACHED, IMPROVED, NOT_IMPROVED, NOT_MEASURABLE;

    public String words() {
        return switch (this) {
            case REACHED -> "Target reached";
            case IMPROVED -> "Improved, target not yet reached";
            case NOT_IMPROVED -> "Not improved";
            case NOT_MEASURABLE -> "Not enough deals to measure";
        };
    }
}
