package dev.frontline.system;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Figures kept per key while the data they were computed from is at the version they were read at
 * ({@link DataVersions}): the one way a module keeps a computed figure (an office's roll-up, a team's total). The
 * caller takes the version of the subjects before it reads their data, and keeps nothing if the roster moved while
 * it read ({@link DataVersions#rosterVersion()}). Bounded: past {@code capacity} entries, all go.
 */
public final class KeptFigures<K, V> {

    private final DataVersions versions;
    private final int capacity;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

    /** A figure, what it was read from, and the version of that when it was read. */
    public record Kept<V>(V value, List<String> subjects, long version) {
    }

    public KeptFigures(DataVersions versions, int capacity) {
        this.versions = versions;
        this.capacity = capacity;
    }

    /** The figure kept for the key, if what it was read from has not changed since. */
    public Optional<V> get(K key) {
        return entry(key).filter(k -> versions.version(k.subjects()) == k.version()).map(Kept::value);
    }

    /** The entry kept for the key, current or not (to learn what it was read from). */
    public Optional<Kept<V>> entry(K key) {
        return Optional.ofNullable(kept.get(key));
    }

    /**
     * Keeps a figure read at {@code version} of its subjects, unless the roster version is no longer
     * {@code rosterBefore} (taken before the roster was read). A version below zero matches nothing: the entry only
     * says what the figure was read from (versions read in a transaction that changed them are below zero too).
     */
    public void keep(K key, V value, List<String> subjects, long version, long rosterBefore) {
        if (versions.rosterVersion() != rosterBefore) {
            return;
        }
        if (kept.size() >= capacity) {
            kept.clear();
        }
        kept.put(key, new Kept<>(value, List.copyOf(subjects), version));
    }
}
