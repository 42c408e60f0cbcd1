package dev.frontline.coaching.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a form left to say after its redirect: a notice, or the problems of input that was refused. */
public record Flash(@Nullable String notice, List<String> problems) {

    public static Flash none() {
        return new Flash(null, List.of());
    }

    public boolean any() {
        return notice != null || !problems.isEmpty();
    }
}
