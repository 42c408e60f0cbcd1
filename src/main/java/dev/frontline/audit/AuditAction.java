package dev.frontline.audit;

/** What was done with private content: read, created, edited, written (replaced whole), or refused. */
public enum AuditAction {
    READ, CREATE, UPDATE, WRITE, REFUSED
}
