/**
 * Imports: files recognised by their header row, every row validated before anything is written, all-or-nothing
 * writes, idempotent upserts by the ids in the file, and progress for long runs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports",
        allowedDependencies = {"organization", "pipeline", "results", "shared", "system"})
@org.jspecify.annotations.NullMarked
package dev.frontline.imports;
