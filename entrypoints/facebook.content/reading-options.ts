/**
 * What the content script reads follows the admin's settings: the member-requests page only when reading it is
 * on, and screening answers only when that second setting is on too. Until the background has answered, nothing
 * opt-in is read.
 */
import type { ContentConfig } from '@/storage/settings';
import type { ReadOptions } from '@/utils/facebook';

export function readOptionsFor(
  config: ContentConfig | undefined,
  clock: Pick<ReadOptions, 'now' | 'timeZone'>,
): ReadOptions {
  const read = config?.readMemberRequests ?? false;
  return { ...clock, memberRequests: { read, answers: read && (config?.readScreeningAnswers ?? false) } };
}

/** True when a new configuration changes what is read (the page must then be read again with it). */
export function readingChanged(before: ContentConfig | undefined, after: ContentConfig | undefined): boolean {
  const options = (config: ContentConfig | undefined) =>
    readOptionsFor(config, { now: new Date(0) }).memberRequests;
  return JSON.stringify(options(before)) !== JSON.stringify(options(after));
}
