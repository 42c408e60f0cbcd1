package dev.frontline.system;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster left running on the embedded data directory by a Frontline that died without shutting it down
 * ({@code kill -9} of the JVM): PostgreSQL refuses a second postmaster while {@code postmaster.pid} names a live
 * process. Before the embedded database starts, {@link #clear} stops such a postmaster (fast shutdown, which rolls
 * back open transactions and checkpoints) and removes a lock file whose process id now belongs to something else.
 * It never touches a data directory that a living Frontline holds (zonky's {@code epg-lock} file lock).
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    static final String PID_FILE = "postmaster.pid";
    static final String ZONKY_LOCK_FILE = "epg-lock";

    private final Duration fastShutdownWait;

    StalePostmaster(Duration fastShutdownWait) {
        this.fastShutdownWait = fastShutdownWait;
    }

    /** What {@code postmaster.pid} says: its first lines are the pid, the data directory and (4th) the port. */
    record PidFile(long pid, Path dataDirectory, int port) {

        static Optional<PidFile> read(Path dataDirectory) {
            Path file = dataDirectory.resolve(PID_FILE);
            try {
                List<String> lines = Files.readAllLines(file);
                if (lines.size() < 4) {
                    return Optional.empty();
                }
                return Optional.of(new PidFile(Long.parseLong(lines.get(0).trim()),
                        Path.of(lines.get(1).trim()).toAbsolutePath().normalize(), Integer.parseInt(lines.get(3).trim())));
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        Optional<ProcessHandle> process() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        }
    }

    /** True while a running Frontline (or this JVM) holds the embedded database of this data directory. */
    static boolean heldByLiveFrontline(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileOutputStream stream = new FileOutputStream(lockFile.toFile());
             FileLock lock = stream.getChannel().tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Leaves the data directory free for a new postmaster: stops a postmaster of this very directory that outlived
     * its Frontline, or deletes a lock file whose pid belongs to another program now.
     *
     * @throws IllegalStateException if a running Frontline holds the directory, or the stale postmaster will not stop
     */
    void clear(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Optional<PidFile> pidFile = PidFile.read(directory);
        if (pidFile.isEmpty()) {
            return;
        }
        if (heldByLiveFrontline(directory)) {
            throw new IllegalStateException("The embedded database in " + directory
                    + " is in use by another running Frontline; stop it first");
        }
        PidFile file = pidFile.get();
        Optional<ProcessHandle> process = file.process();
        if (process.isEmpty()) {
            return; // PostgreSQL itself replaces a lock file whose process is gone
        }
        boolean postgres = isPostgres(process.get());
        if (!postgres || !file.dataDirectory().equals(directory)) {
            log.warn("Removing a stale {} in {}: pid {} is {}", PID_FILE, directory, file.pid(),
                    postgres ? "a postmaster of " + file.dataDirectory() : "not PostgreSQL");
            deletePidFile(directory);
            return;
        }
        log.warn("A postmaster (pid {}, port {}) is still running on {} without its Frontline; stopping it",
                file.pid(), file.port(), directory);
        stop(process.get());
    }

    private void stop(ProcessHandle postmaster) {
        signal(postmaster.pid(), "INT"); // fast shutdown: roll back, checkpoint, exit
        if (awaitExit(postmaster, fastShutdownWait)) {
            log.info("Stopped the stale postmaster (pid {})", postmaster.pid());
            return;
        }
        log.warn("The stale postmaster (pid {}) ignored a fast shutdown; shutting it down immediately", postmaster.pid());
        signal(postmaster.pid(), "QUIT"); // immediate shutdown: crash recovery replays the WAL at the next start
        if (!awaitExit(postmaster, Duration.ofSeconds(10))) {
            throw new IllegalStateException("Could not stop the stale postmaster (pid " + postmaster.pid() + ")");
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        @Nullable String command = process.info().command().orElse(null);
        if (command == null) {
            return true; // unreadable: believe the lock file, as PostgreSQL would
        }
        return Path.of(command).getFileName().toString().equals("postgres");
    }

    private static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("sh", "-c", "kill -" + signal + " " + pid).redirectErrorStream(true).start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("Could not signal pid " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling pid " + pid, e);
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static void deletePidFile(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(PID_FILE));
        } catch (IOException e) {
            throw new IllegalStateException("Could not remove the stale " + PID_FILE + " in " + directory, e);
        }
    }
}
