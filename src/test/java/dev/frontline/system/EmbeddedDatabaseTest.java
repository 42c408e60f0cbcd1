package dev.frontline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server's settings and what start-up does with a lock file left behind. */
class EmbeddedDatabaseTest {

    @TempDir
    Path directory;

    @Test
    void isDurableByDefault() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedDatabase.start(settings(true))) {
            assertThat(durability(postgres)).isEqualTo(
                    Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
        }
    }

    @Test
    void turnsFsyncAndSynchronousCommitOffOnlyWhenAskedTo() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedDatabase.start(settings(false))) {
            assertThat(durability(postgres)).containsEntry("fsync", "off").containsEntry("synchronous_commit", "off");
        }
    }

    @Test
    void startsWhenItsLockFileNamesAProcessThatIsNotPostgres() throws Exception {
        EmbeddedDatabase.start(settings(true)).close();
        Process other = new ProcessBuilder("sleep", "300").start();
        try {
            // The layout PostgreSQL writes: pid, data directory, start time, port, socket directory, host, shmem key.
            Files.write(directory.resolve("postmaster.pid"), List.of(Long.toString(other.pid()),
                    directory.toAbsolutePath().toString(), "1", "5432", "/tmp", "localhost", "0 0", "ready"));
            try (EmbeddedPostgres postgres = EmbeddedDatabase.start(settings(true))) {
                assertThat(durability(postgres)).containsEntry("fsync", "on");
            }
            assertThat(other.isAlive()).as("the other process is left alone").isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void leavesTheDatabaseOfARunningFrontlineAlone() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedDatabase.start(settings(true))) {
            assertThatThrownBy(() -> new StalePostmaster(Duration.ofSeconds(5)).clear(directory))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use by another running Frontline");
            assertThat(durability(postgres)).containsEntry("fsync", "on");
        }
    }

    private EmbeddedDatabase.Settings settings(boolean durable) {
        return new EmbeddedDatabase.Settings(directory, false, 0, durable);
    }

    private static Map<String, String> durability(EmbeddedPostgres postgres) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select name, setting from pg_settings"
                     + " where name in ('fsync', 'synchronous_commit', 'full_page_writes') order by name")) {
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
        }
        return settings;
    }
}
