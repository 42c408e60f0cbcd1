package dev.frontline.system;

/**
 * The number the navigation's bell shows: a login's unread notifications. Implemented by the notifications module
 * (one cheap query a page); the page chrome ({@link Shell#unread()}) asks it for the signed-in login.
 */
public interface UnreadCount {

    long unread(long accountId);
}
