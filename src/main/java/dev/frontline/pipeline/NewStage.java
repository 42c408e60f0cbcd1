package dev.frontline.pipeline;

/** A stage to add to the pipeline: its name and the outcome it means. */
public record NewStage(String name, Outcome outcome) {
}
