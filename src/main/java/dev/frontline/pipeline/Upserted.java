package dev.frontline.pipeline;

/** What an import's upsert did to its lines: how many rows it created, updated and left as they were. */
public record Upserted(int created, int updated, int unchanged) {
}
