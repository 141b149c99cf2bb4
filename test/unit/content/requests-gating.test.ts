/**
 * The member-requests page is read only when the admin turned it on, and screening answers only with the second
 * setting: in the content script (what it asks the reader to read) and again in the background (what it stores).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/entrypoints/background/handlers';
import { readOptionsFor, readingChanged } from '@/entrypoints/facebook.content/reading-options';
import { TendDatabase } from '@/storage/db';
import type { Sighting } from '@/storage/schema';
import {
  contentConfigFrom,
  defaultSettings,
  applySettingsPatch,
  type ContentConfig,
} from '@/storage/settings';
import { createPageReader } from '@/utils/facebook';
import { clockFor, fixtureTruth, happyDocument } from '../reader/fixtures';

const NAME = 'www_comet_group_member_requests_synthetic';
// The background's clock is the reading's: retention (which drops old requests of non-members) must not interfere.
const READ_AT = new Date('2024-08-12T10:00:00.000Z');
const truth = fixtureTruth(NAME);

const configWith = (read: boolean, readAnswers: boolean): ContentConfig =>
  contentConfigFrom(applySettingsPatch(defaultSettings, { memberRequests: { read, readAnswers } }));

function readRequests(config: ContentConfig | undefined): Sighting[] {
  const reader = createPageReader(truth.page_url, readOptionsFor(config, clockFor(NAME)));
  return reader.readAll(happyDocument(NAME)).sightings;
}

describe('what the content script reads on a member-requests page', () => {
  it('reads nothing before the settings are known, nor with the default settings', () => {
    expect(readRequests(undefined)).toEqual([]);
    expect(readRequests(contentConfigFrom(defaultSettings))).toEqual([]);
  });

  it('answers are never read without reading requests, even if that setting was left on', () => {
    expect(readRequests(configWith(false, true))).toEqual([]);
    expect(readOptionsFor(configWith(false, true), clockFor(NAME)).memberRequests).toEqual({
      read: false,
      answers: false,
    });
  });

  it('reads who asked and when with the first setting, and the answers only with both', () => {
    const requests = readRequests(configWith(true, false));
    expect(requests.map((s) => s.memberId)).toEqual(truth.request_rows?.map((row) => row.user_id));
    expect(requests.some((s) => s.answers)).toBe(false);
    const withAnswers = readRequests(configWith(true, true));
    expect(withAnswers.map((s) => s.answers ?? [])).toEqual(truth.request_rows?.map((row) => row.answers));
  });

  it('knows when a new configuration must re-read the page', () => {
    expect(readingChanged(undefined, contentConfigFrom(defaultSettings))).toBe(false);
    expect(readingChanged(undefined, configWith(true, false))).toBe(true);
    expect(readingChanged(configWith(true, false), configWith(true, true))).toBe(true);
    expect(readingChanged(configWith(false, true), configWith(false, false))).toBe(false);
  });
});

describe('what the background stores from a content script', () => {
  let db: TendDatabase;
  beforeEach(async () => {
    db = new TendDatabase(`gating-${crypto.randomUUID()}`);
    await db.open();
  });
  afterEach(async () => db.delete());

  const submit = (sightings: Sighting[]) => ({
    type: 'submitSightings' as const,
    url: truth.page_url,
    groupId: truth.group_id!,
    pageKind: 'member-requests' as const,
    readAt: READ_AT.toISOString(),
    sightings,
  });
  const sent = () => readRequests(configWith(true, true));

  it('drops requests when reading them is off, whatever the content script believed', async () => {
    const handlers = createHandlers(db, () => READ_AT);
    expect(await handlers.submitSightings(submit(sent()))).toEqual({ added: 0, updated: 0 });
    expect(await db.prospects.count()).toBe(0);
  });

  it('keeps requests but not answers when only the first setting is on, and both with both', async () => {
    const handlers = createHandlers(db, () => READ_AT);
    await handlers.updateSettings({ type: 'updateSettings', patch: { memberRequests: { read: true } } });
    await handlers.submitSightings(submit(sent()));
    const stored = await db.prospects.toArray();
    expect(stored).toHaveLength(truth.request_rows!.length);
    expect(stored.every((row) => row.answers === undefined)).toBe(true);

    await handlers.updateSettings({
      type: 'updateSettings',
      patch: { memberRequests: { readAnswers: true } },
    });
    await handlers.submitSightings(submit(sent()));
    const emily = await db.prospects.get([truth.group_id!, truth.request_rows![0]!.user_id]);
    expect(emily?.answers).toEqual(truth.request_rows![0]!.answers);
  });
});

describe('a group page whose address is the group’s vanity name', () => {
  it('is submitted under the numeric id it showed, with the vanity for storage to merge', async () => {
    const { createReadingSession } = await import('@/entrypoints/facebook.content/session');
    const name = 'm_group_permalink_with_comments_2021-06';
    const sent: unknown[] = [];
    const session = createReadingSession({
      createReader: () => createPageReader(fixtureTruth(name).page_url, clockFor(name)),
      readGroupName: () => undefined,
      send: async (message) => void sent.push(message),
      document: happyDocument(name),
      now: () => new Date('2021-06-08T12:00:00.000Z'),
      schedule: () => () => {},
    });
    await session.readNow(true);
    const submit = sent.find((m) => (m as { type: string }).type === 'submitSightings');
    expect(submit).toMatchObject({ groupId: fixtureTruth(name).group_id, groupVanity: 'catsittersexchange' });
  });
});
