// @vitest-environment node
/**
 * Issue 8, "Hostile page content", reader and storage: names, badges and headings holding HTML, scripts,
 * direction marks, zero-width characters, emoji and 10,000 characters are read, accepted, stored and exported
 * as the very same plain text (a reader may drop invisible marks and collapse spaces, nothing else).
 * Control: a "sanitising" store that strips tags, or one that escapes them, fails the same check.
 */
import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/entrypoints/background/handlers';
import { routeMessage, type OwnIdentity } from '@/entrypoints/background/router';
import { TendDatabase } from '@/storage/db';
import type { SenderFacts } from '@/storage/messages';
import type { MemberRow, Sighting } from '@/storage/schema';
import { readPage } from '@/utils/facebook';
import {
  HOSTILE_BADGE,
  HOSTILE_GROUP,
  HOSTILE_MEMBERS,
  HOSTILE_SECTION,
  HOSTILE_URL,
  comparableText,
  hostileMembersPage,
} from '../../guards/hostile';

const own: OwnIdentity = { id: 'tend-id', origin: 'chrome-extension://tend-id/' };
const facebook: SenderFacts = { id: own.id, url: HOSTILE_URL };
const panel: SenderFacts = { id: own.id, url: 'chrome-extension://tend-id/sidepanel.html' };

/** Why `stored` is not `expected` kept as plain text; null when it is. */
function plainTextProblem(stored: string | undefined, expected: string): string | null {
  if (stored === undefined) return 'missing';
  if (comparableText(stored) !== comparableText(expected)) {
    return `changed: ${JSON.stringify(stored.slice(0, 80))} for ${JSON.stringify(expected.slice(0, 80))}`;
  }
  return null;
}

function readHostilePage(html = hostileMembersPage()) {
  const { document } = parseHTML(html);
  return readPage(document, HOSTILE_URL, { now: new Date('2026-11-20T10:00:00Z') });
}

let db: TendDatabase;
beforeEach(async () => {
  db = new TendDatabase(`hostile-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => db.delete());

async function submit(sightings: Sighting[]) {
  return routeMessage(
    {
      type: 'submitSightings',
      url: HOSTILE_URL,
      groupId: HOSTILE_GROUP,
      pageKind: 'group-members',
      readAt: '2026-11-20T10:00:00.000Z',
      sightings,
    },
    facebook,
    own,
    createHandlers(db),
  );
}

describe('hostile page content', () => {
  it('the reader reads every hostile name, badge and heading as text', () => {
    const reading = readHostilePage();
    const byId = new Map(reading.sightings.map((sighting) => [sighting.memberId, sighting]));
    for (const member of HOSTILE_MEMBERS) {
      expect(plainTextProblem(byId.get(member.memberId)?.name, member.name), member.memberId).toBeNull();
      expect(comparableText(byId.get(member.memberId)!.section ?? '')).toBe(HOSTILE_SECTION);
    }
    expect(byId.get(HOSTILE_MEMBERS[0]!.memberId)?.badges).toContain(HOSTILE_BADGE);
    expect(reading.health.problems).toEqual([]);
  });

  it('the background accepts them and stores the same plain text; the JSON export gives it back', async () => {
    const reply = await submit(readHostilePage().sightings);
    expect(reply).toMatchObject({ ok: true, value: { added: HOSTILE_MEMBERS.length } });

    const stored = new Map((await db.members.toArray()).map((row) => [row.memberId, row]));
    for (const member of HOSTILE_MEMBERS) {
      expect(plainTextProblem(stored.get(member.memberId)?.name, member.name), member.memberId).toBeNull();
    }
    expect(stored.get(HOSTILE_MEMBERS[0]!.memberId)?.badges).toContain(HOSTILE_BADGE);

    const exported = await routeMessage(
      { type: 'exportLog', groupId: HOSTILE_GROUP },
      panel,
      own,
      createHandlers(db),
    );
    if (!exported.ok) throw new Error(exported.error);
    const file = JSON.parse((exported.value as { text: string }).text) as { members: MemberRow[] };
    const inFile = new Map(file.members.map((row) => [row.memberId, row.name]));
    for (const member of HOSTILE_MEMBERS)
      expect(inFile.get(member.memberId)).toBe(stored.get(member.memberId)?.name);
  });

  it('a name longer than 10,000 characters is clipped, not a reason to lose the whole batch', async () => {
    const long = { memberId: '100000000000099', name: `<i>${'ß'.repeat(12_000)}` };
    const { document } = parseHTML(hostileMembersPage([...HOSTILE_MEMBERS, long]));
    const reading = readPage(document, HOSTILE_URL, { now: new Date('2026-11-20T10:00:00Z') });
    const read = reading.sightings.find((sighting) => sighting.memberId === long.memberId);
    expect(read?.name.length).toBeLessThanOrEqual(10_000);
    expect(long.name.startsWith(read!.name)).toBe(true);
    expect(await submit(reading.sightings)).toMatchObject({ ok: true });
    expect(await db.members.count()).toBe(HOSTILE_MEMBERS.length + 1);
  });

  it('control: a store that strips tags or escapes them fails the same check', () => {
    const [withHtml] = HOSTILE_MEMBERS;
    const stripped = withHtml!.name.replace(/<[^>]*>/g, '');
    const escaped = withHtml!.name.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(plainTextProblem(stripped, withHtml!.name)).not.toBeNull();
    expect(plainTextProblem(escaped, withHtml!.name)).not.toBeNull();
    expect(plainTextProblem(undefined, withHtml!.name)).not.toBeNull();
  });
});
