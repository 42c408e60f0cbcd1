package dev.frontline.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts zonky's embedded PostgreSQL on a data directory the way Frontline wants it.
 * <p>
 * zonky is made for throw-away test databases: it passes {@code -F} (fsync off) to every postmaster and sets
 * {@code synchronous_commit=off}, so an acknowledged commit can be lost when the processes die. A durable server
 * (the default) overrides both with {@code -c fsync=on -c synchronous_commit=on}, which PostgreSQL applies after
 * {@code -F} (the last setting of an option on the command line wins) — commits reach the disk before they are
 * acknowledged. Only tests ask for the fast, non-durable settings.
 * <p>
 * A postmaster that outlived its Frontline is stopped first ({@link StalePostmaster}).
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** How a fresh database is set up: where, wiped first or kept, on which port (0 = any free), durable or fast. */
    record Settings(Path dataDirectory, boolean clean, int port, boolean durable) {

        Settings {
            dataDirectory = dataDirectory.toAbsolutePath().normalize();
        }
    }

    private EmbeddedDatabase() {
    }

    static EmbeddedPostgres start(Settings settings) throws IOException {
        Path directory = settings.dataDirectory();
        Files.createDirectories(directory.getParent());
        new StalePostmaster(Duration.ofSeconds(60)).clear(directory);
        log.info("Starting embedded PostgreSQL with its data in {} ({})", directory,
                settings.durable() ? "durable: fsync and synchronous commit on" : "NOT durable: fsync and synchronous commit off");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(settings.clean())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "50");
        if (settings.durable()) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        return builder.start();
    }
}
