package dev.frontline.people;

/** What drives a rep: the motivations they rank. */
public enum Driver {
    EARNINGS("Earnings", "Commission and pay that reward results"),
    RECOGNITION("Recognition", "Being seen and thanked for good work"),
    MASTERY("Mastery", "Getting better at the craft"),
    AUTONOMY("Autonomy", "Freedom to decide how to work"),
    CAREER_GROWTH("Career growth", "A next step and a path to it"),
    COMPETITION("Competition", "Winning, leader boards, beating targets"),
    BELONGING("Belonging to the team", "Being part of a team that sticks together"),
    SECURITY("Security", "Stable income and a predictable job");

    private final String label;
    private final String description;

    Driver(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
