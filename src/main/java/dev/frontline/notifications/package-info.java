/**
 * Notifications: the one way every module tells a user something. In-app always (the bell in the navigation with the
 * unread count, the {@code /notifications} page, {@code /api/v1/me/notifications}); by e-mail as the user chooses per
 * kind: off, each one as it comes, or one daily digest.
 *
 * <p><b>Recipients are logins</b> (the {@code user_account} id, {@link dev.frontline.shared.Viewer#accountId()}), not
 * people: only a login can sign in to read the inbox, owns the e-mail address and the preferences; a person without
 * a login cannot be told anything. A module that knows a person calls {@link Notifications#notifyPerson}, which finds
 * the login (and does nothing for a person without one).
 *
 * <p><b>Modules call the facade</b> {@link Notifications#notify} directly (not an event): the notification is
 * stored in the caller's transaction, so it exists exactly when the caller's change does, and a bad kind or title
 * fails the caller's test at once. E-mail failures never fail the caller (they are logged). Each module registers
 * its kinds (a key and a label the preferences show) with {@link NotificationKinds#register}, once at start-up;
 * this module registers {@value NotificationKinds#SYSTEM}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"identity", "shared", "system"})
@org.jspecify.annotations.NullMarked
package dev.frontline.notifications;
