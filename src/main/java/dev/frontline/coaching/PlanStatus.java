package dev.frontline.coaching;

/** An active plan is being worked on; a finished one keeps what it measured and stays in the rep's history. */
public enum PlanStatus { ACTIVE, FINISHED }
