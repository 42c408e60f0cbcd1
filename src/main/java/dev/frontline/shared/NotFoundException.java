package dev.frontline.shared;

/** Something does not exist, or exists outside the caller's scope: both answer 404 alike. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " " + id);
    }
}
