package dev.frontline.imports;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Imports as metrics ({@code /actuator/prometheus}): {@code frontline.imports} times each import by its outcome
 * (the {@link ImportReport.Status}, or {@code FAILED} when it threw), {@code frontline.imports.rows} counts the rows
 * of its files by the same outcome.
 */
@Component
class ImportMetrics {

    private final MeterRegistry registry;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    ImportReport record(Supplier<ImportReport> importing) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "FAILED";
        try {
            ImportReport report = importing.get();
            outcome = report.status().name();
            registry.counter("frontline.imports.rows", "outcome", outcome)
                    .increment(report.files().stream().mapToInt(FileReport::rows).sum());
            return report;
        } finally {
            sample.stop(Timer.builder("frontline.imports").description("Imports, by outcome")
                    .tag("outcome", outcome).register(registry));
        }
    }
}
