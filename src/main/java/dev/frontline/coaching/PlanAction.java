package dev.frontline.coaching;

/** One action of a coaching plan. */
public record PlanAction(long id, long planId, int position, String text, boolean done) {
}
