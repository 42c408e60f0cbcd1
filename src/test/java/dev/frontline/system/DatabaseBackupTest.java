package dev.frontline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.frontline.IntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Backups of the test database (the demo, on the embedded PostgreSQL or on CI's external server), restored into a
 * fresh embedded database: every table's row count and checksum, and every sequence, must come back the same.
 */
@IntegrationTest
class DatabaseBackupTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @TempDir
    Path directory;

    @Test
    void binBackupAndBinRestoreRoundTripTheDemo() throws Exception {
        Path file = directory.resolve("frontline.zip");
        Path restored = directory.resolve("restored");

        ProcessBuilder backup = tool("bin/backup", file.toString());
        if (!external()) {
            backup.environment().put("FRONTLINE_DATA_DIR",
                    Path.of(environment.getRequiredProperty("frontline.embedded.data-directory")).toAbsolutePath().toString());
        } // else the SPRING_DATASOURCE_* of this JVM name the server, as they name it for Frontline
        assertThat(run(backup)).contains("Backed up", "schema version");

        ProcessBuilder restore = tool("bin/restore", file.toString());
        FrontlineProcess.cleanEnvironment(restore.environment());
        restore.environment().put("FRONTLINE_DATA_DIR", restored.toString());
        restore.environment().put("FRONTLINE_CLASSPATH", FrontlineProcess.applicationClassPath());
        assertThat(run(restore)).contains("every table's row count and checksum match the backup");

        try (EmbeddedPostgres target = EmbeddedDatabase.start(new EmbeddedDatabase.Settings(restored, false, 0, false))) {
            Map<String, String> original = contents(dataSource);
            assertThat(original).containsKeys("table opportunity", "table private_note", "table flyway_schema_history");
            assertThat(original.get("table opportunity")).doesNotStartWith("0 rows");
            // the browser sessions and the job locks are never backed up: the restored Frontline starts with none
            Map<String, String> expected = new TreeMap<>(original);
            for (String momentary : List.of("spring_session", "spring_session_attributes", "shedlock")) {
                assertThat(expected.put("table " + momentary, "0 rows, md5 d41d8cd98f00b204e9800998ecf8427e"))
                        .as(momentary).isNotNull();
            }
            assertThat(contents(target.getPostgresDatabase())).isEqualTo(expected);

            assertThatThrownBy(() -> DatabaseBackup.restore(target.getPostgresDatabase(), file))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("fresh database only");
        }
    }

    /** The standard tools, where a pg_dump at least as new as the server is installed (CI's second pass). */
    @Test
    void pgDumpAndPgRestoreRoundTripTheDemo() throws Exception {
        int server;
        String url;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("show server_version_num")) {
            rs.next();
            server = rs.getInt(1) / 10000;
            url = connection.getMetaData().getURL().replaceFirst("^jdbc:", "");
        }
        int client = pgDumpMajorVersion();
        assumeThat(client).as("pg_dump " + client + " cannot dump a PostgreSQL " + server + " server").isGreaterThanOrEqualTo(server);

        Path file = directory.resolve("frontline.dump");
        ProcessBuilder dump = new ProcessBuilder("pg_dump", "--format=custom", "--file=" + file, "--dbname=" + url);
        if (external()) {
            dump.environment().put("PGUSER", environment.getRequiredProperty("spring.datasource.username"));
            dump.environment().put("PGPASSWORD", environment.getProperty("spring.datasource.password", ""));
        }
        run(dump);

        try (EmbeddedPostgres target = EmbeddedDatabase.start(
                new EmbeddedDatabase.Settings(directory.resolve("restored"), false, 0, false))) {
            run(new ProcessBuilder("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error",
                    "--dbname=postgresql://postgres@localhost:" + target.getPort() + "/postgres", file.toString()));
            assertThat(contents(target.getPostgresDatabase())).isEqualTo(contents(dataSource));
        }
    }

    private boolean external() {
        return !environment.getProperty("spring.datasource.url", "").isBlank();
    }

    private static ProcessBuilder tool(String script, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(script).toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("FRONTLINE_CLASSPATH", FrontlineProcess.applicationClassPath());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder;
    }

    private static String run(ProcessBuilder builder) throws IOException, InterruptedException {
        builder.redirectErrorStream(true);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join(" ", builder.command()) + ":\n" + text).isZero();
        return text;
    }

    private static int pgDumpMajorVersion() {
        try {
            Process process = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            Matcher matcher = Pattern.compile("\\(PostgreSQL\\) (\\d+)").matcher(version);
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        } catch (IOException | InterruptedException e) {
            return 0; // no pg_dump here
        }
    }

    /**
     * Every base table of {@code public} with its row count and the md5 of its rows as text in bytewise order, and
     * every sequence's last value, read in one snapshot with the same settings on both sides.
     */
    private static Map<String, String> contents(DataSource dataSource) throws SQLException {
        Map<String, String> contents = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local timezone = 'UTC'");
                statement.execute("set local datestyle = iso");
                statement.execute("set local extra_float_digits = 3");
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = statement.executeQuery("select count(*), md5(coalesce(string_agg(t::text, ','"
                            + " order by t::text collate \"C\"), '')) from public.\"" + table + "\" t")) {
                        rs.next();
                        contents.put("table " + table, rs.getLong(1) + " rows, md5 " + rs.getString(2));
                    }
                }
                try (ResultSet rs = statement.executeQuery(
                        "select sequencename, last_value from pg_sequences where schemaname = 'public'")) {
                    while (rs.next()) {
                        contents.put("sequence " + rs.getString(1), String.valueOf(rs.getObject(2)));
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        return contents;
    }
}
