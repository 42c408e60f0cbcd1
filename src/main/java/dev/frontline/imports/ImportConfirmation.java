package dev.frontline.imports;

import org.jspecify.annotations.Nullable;

/**
 * The admin's confirmation of the moves an import would make ({@link Move}), sent with the same files again.
 *
 * @param confirmed   whether the admin confirmed at all
 * @param fingerprint the {@link ImportReport#confirmation()} of the moves the admin read; when given, the import goes
 *                    ahead only if its moves are still those (the data did not change meanwhile), otherwise it asks
 *                    again. {@code null} confirms whatever the files move when they are imported.
 */
public record ImportConfirmation(boolean confirmed, @Nullable String fingerprint) {

    public ImportConfirmation {
        fingerprint = fingerprint == null || fingerprint.isBlank() ? null : fingerprint.trim();
        confirmed = confirmed || fingerprint != null;
    }

    /** Nothing confirmed: an import that moves anyone asks first. */
    public static ImportConfirmation none() {
        return new ImportConfirmation(false, null);
    }

    /** Confirms the moves with this fingerprint, and only those. */
    public static ImportConfirmation of(String fingerprint) {
        return new ImportConfirmation(true, fingerprint);
    }

    /** Whether these are moves the admin confirmed. */
    public boolean covers(String movesFingerprint) {
        return confirmed && (fingerprint == null || fingerprint.equals(movesFingerprint));
    }
}
