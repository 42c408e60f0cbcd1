package dev.frontline.imports.web;

import dev.frontline.imports.ImportFile;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/** Imports started from the page run in the background; the page polls their progress. Kept in memory. */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final int KEEP = 20;

    private final Importer importer;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

    ImportJobs(Importer importer, TaskExecutor executor, Clock clock) {
        this.importer = importer;
        this.executor = executor;
        this.clock = clock;
    }

    ImportJob start(long accountId, List<ImportFile> files) {
        ImportJob job = new ImportJob(UUID.randomUUID(), accountId, Instant.now(clock),
                files.stream().map(ImportFile::name).toList());
        jobs.put(job.id(), job);
        forgetOld();
        executor.execute(() -> {
            try {
                job.finish(importer.run(files, ImportOptions.asIs(), job::progress));
            } catch (RuntimeException e) {
                log.error("Import {} failed", job.id(), e);
                job.fail("The import failed unexpectedly and nothing was written. " + e.getClass().getSimpleName());
            }
        });
        return job;
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
                .sorted(Comparator.comparing(ImportJob::startedAt).reversed()).toList();
    }

    private void forgetOld() {
        if (jobs.size() > KEEP) {
            jobs.values().stream().filter(ImportJob::finished).min(Comparator.comparing(ImportJob::startedAt))
                    .ifPresent(j -> jobs.remove(j.id()));
        }
    }

}
