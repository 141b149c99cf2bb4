/**
 * One-shot syncs of shared groups on an alarm. A Manifest V3 service worker stops after about 30 s idle, so it
 * never runs live sync: each alarm wakes it for one sync of each shared group. The panel, while open, syncs live.
 */
export const SYNC_ALARM = 'tend-sharing-sync';

/** Chrome runs an alarm at most every 30 s; a few minutes keeps co-admins close without waking the worker often. */
export const SYNC_EVERY_MINUTES = 5;
