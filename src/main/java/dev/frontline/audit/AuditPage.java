package dev.frontline.audit;

import java.util.List;

/** One page of the audit log and how many entries the filter matches in all. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
