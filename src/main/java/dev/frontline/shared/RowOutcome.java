package dev.frontline.shared;

/** What an upsert did to one row. */
public enum RowOutcome { CREATED, UPDATED, UNCHANGED }
