package dev.frontline.notifications;

/** How a kind of notification reaches a user by e-mail (in-app it always does). */
public enum EmailChoice {
    OFF("In-app only"),
    EACH("E-mail each one"),
    DIGEST("Daily digest");

    private final String label;

    EmailChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
