package dev.frontline.pipeline;

/** A pipeline stage: its name, its place in the order, and the outcome it means. */
public record Stage(long id, String name, int position, Outcome outcome) {
}
