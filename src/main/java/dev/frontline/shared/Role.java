package dev.frontline.shared;

/** What a login may do. Scope follows from the role: see {@link Scope}. */
public enum Role {
    ADMIN, DIRECTOR, MANAGER, REP;

    public String label() {
        return switch (this) {
            case ADMIN -> "Administrator";
            case DIRECTOR -> "Director";
            case MANAGER -> "Manager";
            case REP -> "Sales rep";
        };
    }
}
