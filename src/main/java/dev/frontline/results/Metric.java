package dev.frontline.results;

/** Goals besides revenue. */
public enum Metric {
    DEALS_WON("Deals won", false),
    PIPELINE_CREATED("New pipeline created", true),
    OPPORTUNITIES_CREATED("New opportunities", false);

    private final String label;
    private final boolean money;

    Metric(String label, boolean money) {
        this.label = label;
        this.money = money;
    }

    public String label() {
        return label;
    }

    public boolean money() {
        return money;
    }
}
