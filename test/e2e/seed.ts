/** Fills a group with members through Tend's real ingest path: `submitSightings` from an extension page. */
import type { Page } from '@playwright/test';
import { sendFromExtensionPage } from './browser';

/** The protocol accepts at most 5,000 sightings per message. */
const BATCH = 5_000;

export async function seedMembers(
  extensionPage: Page,
  groupId: string,
  names: readonly string[],
  idBase: number,
): Promise<void> {
  for (let start = 0; start < names.length; start += BATCH) {
    const sightings = names.slice(start, start + BATCH).map((name, offset) => ({
      memberId: String(idBase + start + offset),
      name,
      kind: 'member',
    }));
    const reply = await sendFromExtensionPage(extensionPage, {
      type: 'submitSightings',
      url: `https://www.facebook.com/groups/${groupId}/members`,
      groupId,
      pageKind: 'group-members',
      readAt: new Date().toISOString(),
      sightings,
    });
    if (!reply.ok) throw new Error(`submitSightings refused: ${reply.error}`);
  }
}
