package dev.frontline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frontline on its embedded PostgreSQL, killed as a crash kills it. Each test runs Frontline in child JVMs with the
 * default (durable) settings: no acknowledged write may be lost when Java and PostgreSQL die together, and a
 * postmaster that outlives a killed JVM must not stop the next start.
 */
class EmbeddedDatabaseCrashTest {

    private static final Duration DEMO_START = Duration.ofMinutes(4);
    private static final Duration START = Duration.ofMinutes(2);
    private static final int WRITES = 40;
    private static final String MANAGER = "cara.losch";

    @TempDir
    Path directory;

    private final List<FrontlineProcess> started = new ArrayList<>();

    @AfterEach
    void leaveNothingRunning() throws InterruptedException {
        for (FrontlineProcess frontline : started) {
            frontline.close();
        }
        FrontlineProcess.killPostmaster(data());
    }

    @Test
    void keepsEveryAcknowledgedNoteAndItsAuditRowWhenJavaAndPostgresAreKilled() throws Exception {
        FrontlineProcess first = start("--frontline.demo=true").awaitUp(DEMO_START);
        Number teamId = JsonPath.read(first.ok("GET", "/api/v1/teams", MANAGER, null), "$[0].id");
        List<Number> reps = JsonPath.read(first.ok("GET", "/api/v1/teams/" + teamId + "/members", MANAGER, null), "$[*].id");
        assertThat(reps).isNotEmpty();

        Map<Long, String> acknowledged = new LinkedHashMap<>();
        Map<Long, Long> repOfNote = new LinkedHashMap<>();
        for (int i = 0; i < WRITES; i++) {
            long rep = reps.get(i % reps.size()).longValue();
            String text = "Crash test note " + i + " " + UUID.randomUUID();
            String created = first.ok("POST", "/api/v1/reps/" + rep + "/notes", MANAGER, "{\"text\":\"" + text + "\"}");
            long id = JsonPath.<Number>read(created, "$.id").longValue();
            acknowledged.put(id, text);
            repOfNote.put(id, rep);
        }
        // Right after the last 201: kill -9 of the JVM, the postmaster and every PostgreSQL process under it.
        List<ProcessHandle> postgres = first.postgresProcesses();
        first.process.destroyForcibly();
        postgres.forEach(ProcessHandle::destroyForcibly);
        first.process.waitFor();
        postgres.forEach(p -> p.onExit().join());

        FrontlineProcess second = start("--frontline.demo=true").awaitUp(START);
        Set<String> found = new HashSet<>();
        for (long rep : new HashSet<>(repOfNote.values())) {
            found.addAll(JsonPath.read(second.ok("GET", "/api/v1/reps/" + rep + "/notes", MANAGER, null), "$[*].text"));
        }
        assertThat(found).as("every acknowledged note after the crash").containsAll(acknowledged.values());

        String audit = second.ok("GET", "/api/v1/audit?limit=1000", "admin", null);
        List<Number> auditedCreations = JsonPath.read(audit, "$[?(@.action == 'CREATE')].noteId");
        assertThat(auditedCreations.stream().map(Number::longValue).toList())
                .as("the audit row of every acknowledged note").containsAll(acknowledged.keySet());
    }

    @Test
    void startsWhenThePostmasterOutlivedAKilledFrontline() throws Exception {
        String[] admin = {"--frontline.demo=false", "--frontline.admin.username=admin",
                "--frontline.admin.password=crash-test-password"};
        FrontlineProcess first = start(admin).awaitUp(START);
        first.password = "crash-test-password";
        first.ok("GET", "/api/v1/me", "admin", null);
        ProcessHandle postmaster = first.postmaster();

        first.killJava();
        assertThat(postmaster.isAlive()).as("the postmaster outlives its killed JVM").isTrue();

        FrontlineProcess second = start(admin).awaitUp(START);
        second.password = "crash-test-password";
        assertThat(postmaster.isAlive()).as("the stale postmaster was stopped").isFalse();
        assertThat(second.postmaster().pid()).isNotEqualTo(postmaster.pid());
        assertThat(second.ok("GET", "/api/v1/me", "admin", null)).contains("\"admin\"");

        ProcessHandle secondPostmaster = second.postmaster();
        second.stop();
        assertThat(second.process.exitValue()).as("a normal stop").isNotEqualTo(137);
        assertThat(secondPostmaster.onExit().get()).isNotNull();
        assertThat(StalePostmaster.PidFile.read(data())).as("a normal stop leaves no postmaster.pid").isEmpty();
    }

    private Path data() {
        return directory.resolve("postgres");
    }

    private FrontlineProcess start(String... arguments) throws IOException {
        Path logs = Path.of("target", "crash-tests");
        Files.createDirectories(logs);
        Path log = logs.resolve(directory.getFileName() + ".log");
        FrontlineProcess frontline = FrontlineProcess.start(data(), log, arguments);
        started.add(frontline);
        return frontline;
    }
}
