/**
 * Audit: one log of every access to private content — a manager's notes on a rep, the private notes of a 1:1, and
 * whatever private content the next modules keep. {@link dev.frontline.audit.AuditLog} records who read, wrote or
 * was refused whose content, of which kind; only the admin reads the log (the page {@code /admin/audit} and
 * {@code GET /api/v1/audit}, filtered and paged).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = {"organization", "shared", "system"})
@org.jspecify.annotations.NullMarked
package dev.frontline.audit;
