package dev.frontline.notifications;

import dev.frontline.shared.InvalidInput;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.stereotype.Component;

/**
 * The kinds of notification there are, each registered by the module that sends it (say in its constructor or an
 * {@code ApplicationRunner}): a key ({@code "coaching.request"}) and the label users see on their preferences.
 */
@Component
public class NotificationKinds {

    /** Messages from Frontline itself (and the tests'). */
    public static final String SYSTEM = "system";

    private final Map<String, String> labels = new ConcurrentSkipListMap<>();

    NotificationKinds() {
        register(SYSTEM, "Messages from Frontline");
    }

    /** Adds a kind; registering a key again with the same label is harmless, with another label an error. */
    public void register(String kind, String label) {
        if (!kind.matches("[a-z][a-z0-9.-]{0,59}")) {
            throw new IllegalArgumentException("A notification kind is lower-case letters, digits, '.' and '-': " + kind);
        }
        String before = labels.putIfAbsent(kind, label);
        if (before != null && !before.equals(label)) {
            throw new IllegalArgumentException("The notification kind " + kind + " is registered as " + before);
        }
    }

    public boolean known(String kind) {
        return labels.containsKey(kind);
    }

    public String label(String kind) {
        return labels.getOrDefault(kind, kind);
    }

    /** Every kind, by key. */
    public List<Kind> all() {
        return labels.entrySet().stream().map(e -> new Kind(e.getKey(), e.getValue())).toList();
    }

    void require(String kind) {
        if (!known(kind)) {
            throw new InvalidInput("kind", "is no notification kind: " + dev.frontline.shared.Echo.quote(kind));
        }
    }

    public record Kind(String kind, String label) {
    }
}
