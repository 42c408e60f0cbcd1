package dev.frontline.imports.web;

import dev.frontline.imports.ImportConfirmation;
import dev.frontline.imports.ImportFile;
import dev.frontline.imports.ImportMapping;
import dev.frontline.imports.ImportReport;
import dev.frontline.imports.MappingRequest;
import dev.frontline.imports.Move;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One background import: where it is, and its report once finished. While it waits for the admin to map stages,
 * owners or columns, or to confirm the moves of a team file, it keeps the uploaded files, so that answering runs it
 * again without a new upload.
 */
public final class ImportJob {

    private final UUID id;
    private final long sequence;
    private final long accountId;
    private final Instant startedAt;
    private final List<String> files;
    private volatile @Nullable List<ImportFile> uploads;
    private volatile ImportMapping mapping = ImportMapping.none();
    private volatile ImportConfirmation confirmation = ImportConfirmation.none();
    private volatile boolean cancelled;
    private volatile String phase = "Queued";
    private volatile long done;
    private volatile long total;
    private volatile @Nullable ImportReport report;
    private volatile @Nullable String failure;
    private volatile @Nullable String mappingProblem;

    ImportJob(UUID id, long sequence, long accountId, Instant startedAt, List<ImportFile> uploads) {
        this.id = id;
        this.sequence = sequence;
        this.accountId = accountId;
        this.startedAt = startedAt;
        this.files = uploads.stream().map(ImportFile::name).toList();
        this.uploads = List.copyOf(uploads);
    }

    void progress(String phase, long done, long total) {
        this.phase = phase;
        this.done = done;
        this.total = total;
    }

    synchronized void finish(ImportReport report) {
        this.report = report;
        this.phase = switch (report.status()) {
            case COMPLETED -> "Completed";
            case REJECTED -> "Rejected";
            case NEEDS_MAPPING -> "Needs mapping";
            case NEEDS_CONFIRMATION -> "Needs confirmation";
        };
        if (!waiting()) {
            uploads = null;
        }
    }

    synchronized void fail(String message) {
        this.failure = message;
        this.phase = "Failed";
        this.uploads = null;
    }

    /**
     * Takes the admin's answers and makes the job run again.
     *
     * @return the files to import again
     * @throws IllegalArgumentException when the job is not waiting for a mapping
     */
    synchronized List<ImportFile> answer(ImportMapping answers) {
        List<ImportFile> files = uploads;
        if (!needsMapping() || files == null) {
            throw new dev.frontline.shared.Malformed("import", "This import is not waiting for a mapping");
        }
        mapping = mapping.and(answers);
        report = null;
        mappingProblem = null;
        progress("Queued", 0, 0);
        return files;
    }

    /**
     * Takes the admin's confirmation of the moves shown and makes the job run again; if its moves are no longer
     * those (the data changed meanwhile), it asks again.
     *
     * @return the files to import again
     * @throws IllegalArgumentException when the job is not waiting for a confirmation
     */
    synchronized List<ImportFile> confirm(String fingerprint) {
        List<ImportFile> files = uploads;
        if (!needsConfirmation() || files == null) {
            throw new dev.frontline.shared.Malformed("import", "This import is not waiting for a confirmation");
        }
        confirmation = ImportConfirmation.of(fingerprint);
        report = null;
        progress("Queued", 0, 0);
        return files;
    }

    /**
     * Drops a job that waits for the admin, with its files: nothing is written.
     *
     * @throws IllegalArgumentException when the job is not waiting for the admin
     */
    synchronized void cancel() {
        if (!waiting()) {
            throw new dev.frontline.shared.Malformed("import", "This import is not waiting for you: it cannot be cancelled now");
        }
        cancelled = true;
        uploads = null;
        phase = "Cancelled";
    }

    /** Puts the job back to waiting for a mapping, saying what was wrong with the last one. */
    synchronized void refuseMapping(ImportReport asked, String problem) {
        finish(asked);
        mappingProblem = problem;
    }

    public UUID id() {
        return id;
    }

    /** The order jobs were started in (start times can be equal). */
    long sequence() {
        return sequence;
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

    ImportMapping mapping() {
        return mapping;
    }

    ImportConfirmation confirmation() {
        return confirmation;
    }

    /** What the admin must map, while the job waits for it. */
    public @Nullable MappingRequest mappingRequest() {
        ImportReport r = report;
        return r == null ? null : r.mapping();
    }

    /** Why the admin's last mapping was refused, if it was. */
    public @Nullable String mappingProblem() {
        return mappingProblem;
    }

    public boolean needsMapping() {
        ImportReport r = report;
        return !cancelled && r != null && r.needsMapping();
    }

    public boolean needsConfirmation() {
        ImportReport r = report;
        return !cancelled && r != null && r.needsConfirmation();
    }

    /** The moves the import would make, while the job waits for the admin to confirm them. */
    public List<Move> movesToConfirm() {
        ImportReport r = report;
        return r != null && needsConfirmation() ? r.moves() : List.of();
    }

    /** The fingerprint of the moves shown, which the confirmation sends back. */
    public @Nullable String movesFingerprint() {
        ImportReport r = report;
        return r == null ? null : r.confirmation();
    }

    /** Whether the admin confirmed other moves than these: the data changed between showing and confirming. */
    public boolean movesChanged() {
        return needsConfirmation() && confirmation.confirmed();
    }

    /** Whether the admin cancelled the job while it waited: nothing was written. */
    public boolean cancelled() {
        return cancelled;
    }

    private boolean waiting() {
        return needsMapping() || needsConfirmation();
    }

    public boolean finished() {
        return report != null || failure != null || cancelled;
    }

    public int percent() {
        return total == 0 ? (finished() ? 100 : 0) : (int) Math.min(100, done * 100 / total);
    }
}
