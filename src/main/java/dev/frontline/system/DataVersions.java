package dev.frontline.system;

import dev.frontline.shared.DataChanged;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the data each cached figure was computed from, on every node.
 *
 * <p>A module that changes data publishes {@link DataChanged} inside its transaction. This node counts the change
 * as soon as the transaction commits; the other nodes hear of it through PostgreSQL: the change is sent with
 * {@code pg_notify} in the same transaction, which PostgreSQL delivers to every listening node when — and only
 * if — it commits. Each node listens on a connection of its own. A cache keys its entries by
 * {@link #version(Collection)} of the subjects it read, read before it reads the data: an entry computed from data
 * older than a change never matches a version taken after it.
 *
 * <p>A transaction that announced a change and reads what it changed gets a version that matches nothing (it sees
 * its own uncommitted data, which no cache holds). Reading a version costs nothing (no statement): it is a sum of
 * counters in memory. While the listening
 * connection is lost, nothing can be known about other nodes' changes: every version moves on when it is back.
 */
@Component
public class DataVersions implements SmartLifecycle {

    static final String CHANNEL = "frontline_data";
    private static final int PAYLOAD_LIMIT = 7_000;
    private static final Logger log = LoggerFactory.getLogger(DataVersions.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final String node = UUID.randomUUID().toString();
    private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final AtomicLong everything = new AtomicLong();
    /** Versions that match nothing, for reads inside a transaction that changed what they read (below zero). */
    private final AtomicLong uncommitted = new AtomicLong();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    DataVersions(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * The version of the data these subjects name ({@link DataChanged#person}, {@link DataChanged#team},
     * {@link DataChanged#ORGANIZATION}, …): it changes whenever one of them (or everything) changed.
     */
    public long version(Collection<String> subjects) {
        if (changedHere(subjects)) {
            return uncommitted.decrementAndGet();
        }
        long sum = everything.get();
        for (String subject : subjects) {
            AtomicLong counter = counters.get(subject);
            sum += counter == null ? 0 : counter.get();
        }
        return sum;
    }

    public long version(String... subjects) {
        return version(Arrays.asList(subjects));
    }

    /** The version of what rosters are read from (the organisation, the settings): taken before reading one. */
    public long rosterVersion() {
        return version(DataChanged.ORGANIZATION, DataChanged.SETTINGS);
    }

    /** Whether this node hears the other nodes' changes now. */
    public boolean listening() {
        return listening;
    }

    /**
     * Counts a change: inside a transaction, everything it announces is sent in one {@code pg_notify} just before
     * it commits and counted here once it has (however many rows announced a change); outside one, at once.
     */
    @EventListener
    void on(DataChanged change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pendingHere().addAll(change.subjects());
        } else {
            notifyOthers(change.subjects());
            count(change.subjects());
        }
    }

    private void notifyOthers(Collection<String> subjects) {
        String payload = node + "|" + String.join(",", subjects);
        jdbc.sql("select pg_notify(:channel, :payload)").param("channel", CHANNEL)
                .param("payload", payload.length() > PAYLOAD_LIMIT ? node + "|" + DataChanged.EVERYTHING : payload)
                .query().listOfRows();
    }

    /**
     * What the current transaction changed and has not committed: its own reads of those subjects see its changes,
     * so they must not be served from (nor kept in) a cache — their version matches nothing. Sent to the other
     * nodes before the commit (PostgreSQL delivers it only if the commit succeeds), counted here after it.
     */
    @SuppressWarnings("unchecked")
    private Set<String> pendingHere() {
        Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<String> fresh = ConcurrentHashMap.newKeySet();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    notifyOthers(fresh);
                }

                @Override
                public void afterCommit() {
                    count(Set.copyOf(fresh));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DataVersions.this);
                }
            });
            pending = fresh;
        }
        return pending;
    }

    private boolean changedHere(Collection<String> subjects) {
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (pending == null || pending.isEmpty()) {
            return false;
        }
        return pending.contains(DataChanged.EVERYTHING) || subjects.stream().anyMatch(pending::contains);
    }

    private void count(Collection<String> subjects) {
        if (subjects.contains(DataChanged.EVERYTHING)) {
            everything.incrementAndGet();
            return;
        }
        subjects.forEach(s -> counters.computeIfAbsent(s, k -> new AtomicLong()).incrementAndGet());
    }

    private void heard(String payload) {
        int bar = payload.indexOf('|');
        if (bar < 0 || payload.substring(0, bar).equals(node)) {
            return;
        }
        count(Set.of(payload.substring(bar + 1).split(",")));
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                everything.incrementAndGet();
                listening = true;
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            heard(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the database connection that hears other nodes' changes; listening again in 1 s", e);
                }
            } finally {
                listening = false;
            }
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "data-versions");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
