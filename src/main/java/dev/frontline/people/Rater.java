package dev.frontline.people;

/** Who gave a rating: the rep's manager, or the rep themself. */
public enum Rater { MANAGER, SELF }
