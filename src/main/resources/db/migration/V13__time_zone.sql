-- identity: each user's time zone, in which their "today", 1:1 times and calendar feeds are. Null until the user
-- sets one or their browser reports one: Frontline's default zone (frontline.time-zone) meanwhile.
alter table user_account add column time_zone text;
