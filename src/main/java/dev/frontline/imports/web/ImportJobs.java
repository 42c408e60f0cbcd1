package dev.frontline.imports.web;

import dev.frontline.imports.ImportConfirmation;
import dev.frontline.imports.ImportFile;
import dev.frontline.imports.ImportMapping;
import dev.frontline.imports.ImportOptions;
import dev.frontline.imports.ImportReport;
import dev.frontline.imports.Importer;
import dev.frontline.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Imports started from the page run in the background; the page polls their progress. Kept in memory, with the
 * uploaded files of a job that waits for the admin's mapping or confirmation. Jobs run one at a time, as every
 * import does ({@link Importer}); one that waits for another says so.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final int KEEP = 20;

    private final Importer importer;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();
    private final AtomicLong started = new AtomicLong();

    ImportJobs(Importer importer, TaskExecutor executor, Clock clock) {
        this.importer = importer;
        this.executor = executor;
        this.clock = clock;
    }

    ImportJob start(long accountId, List<ImportFile> files) {
        ImportJob job = new ImportJob(UUID.randomUUID(), started.incrementAndGet(), accountId, Instant.now(clock),
                files);
        jobs.put(job.id(), job);
        forgetOld();
        run(job, files, null);
        return job;
    }

    /**
     * Runs a job that waits for a mapping again, with the admin's answers added to those it had.
     *
     * @throws IllegalArgumentException when the job does not wait for a mapping
     */
    ImportJob confirm(long accountId, UUID id, ImportMapping answers) {
        ImportJob job = get(accountId, id);
        ImportReport asked = job.report();
        List<ImportFile> files = job.answer(answers);
        run(job, files, asked);
        return job;
    }

    /**
     * Runs a job that waits for the admin's confirmation of its moves again, confirming the moves with that
     * fingerprint (and only those).
     *
     * @throws IllegalArgumentException when the job does not wait for a confirmation, or no fingerprint is given
     */
    ImportJob confirmMoves(long accountId, UUID id, @Nullable String fingerprint) {
        ImportJob job = get(accountId, id);
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new dev.frontline.shared.Malformed("confirmation", "Confirm the moves shown: the form sends their confirmation");
        }
        List<ImportFile> files = job.confirm(fingerprint);
        run(job, files, null);
        return job;
    }

    /**
     * Drops a job that waits for a mapping or a confirmation: nothing is written.
     *
     * @throws IllegalArgumentException when the job does not wait for the admin
     */
    ImportJob cancel(long accountId, UUID id) {
        ImportJob job = get(accountId, id);
        job.cancel();
        return job;
    }

    private void run(ImportJob job, List<ImportFile> files, @Nullable ImportReport asked) {
        ImportMapping mapping = job.mapping();
        ImportConfirmation confirmation = job.confirmation();
        executor.execute(() -> {
            try {
                job.finish(importer.run(files, mapping, confirmation, ImportOptions.asIs(), job::progress));
            } catch (IllegalArgumentException e) {
                if (asked == null) {
                    job.fail(e.getMessage());
                } else {
                    job.refuseMapping(asked, e.getMessage());
                }
            } catch (RuntimeException e) {
                log.error("Import {} failed", job.id(), e);
                job.fail("The import failed unexpectedly and nothing was written. " + e.getClass().getSimpleName());
            }
        });
    }

    /** The job, if it is the caller's. */
    ImportJob get(long accountId, UUID id) {
        ImportJob job = jobs.get(id);
        if (job == null || job.accountId() != accountId) {
            throw new NotFoundException("import", id);
        }
        return job;
    }

    List<ImportJob> recent(long accountId) {
        return jobs.values().stream().filter(j -> j.accountId() == accountId)
                .sorted(Comparator.comparingLong(ImportJob::sequence).reversed()).toList();
    }

    private void forgetOld() {
        if (jobs.size() > KEEP) {
            jobs.values().stream().filter(ImportJob::finished).min(Comparator.comparingLong(ImportJob::sequence))
                    .ifPresent(j -> jobs.remove(j.id()));
        }
    }

}
