package dev.frontline.organization;

/** A person's place in the organisation, independent of whether they have a login. */
public enum Title { REP, MANAGER, DIRECTOR, ADMIN }
