package dev.frontline.imports.web;

import dev.frontline.imports.ImportReport;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One background import: where it is, and its report once finished. */
public final class ImportJob {

    private final UUID id;
    private final long accountId;
    private final Instant startedAt;
    private final List<String> files;
    private volatile String phase = "Queued";
    private volatile long done;
    private volatile long total;
    private volatile @Nullable ImportReport report;
    private volatile @Nullable String failure;

    ImportJob(UUID id, long accountId, Instant startedAt, List<String> files) {
        this.id = id;
        this.accountId = accountId;
        this.startedAt = startedAt;
        this.files = List.copyOf(files);
    }

    void progress(String phase, long done, long total) {
        this.phase = phase;
        this.done = done;
        this.total = total;
    }

    void finish(ImportReport report) {
        this.report = report;
        this.phase = report.completed() ? "Completed" : "Rejected";
    }

    void fail(String message) {
        this.failure = message;
        this.phase = "Failed";
    }

    public UUID id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public List<String> files() {
        return files;
    }

    public String phase() {
        return phase;
    }

    public @Nullable ImportReport report() {
        return report;
    }

    public @Nullable String failure() {
        return failure;
    }

    public boolean finished() {
        return report != null || failure != null;
    }

    public int percent() {
        return total == 0 ? (finished() ? 100 : 0) : (int) Math.min(100, done * 100 / total);
    }
}
