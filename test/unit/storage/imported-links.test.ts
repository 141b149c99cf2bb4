/**
 * An imported file may carry only links of the shapes Tend writes (https://www.facebook.com/…): a co-admin's file
 * with any other link is refused whole, with a message saying which field, and nothing is written.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TendDatabase } from '@/storage/db';
import { exportLogText } from '@/storage/export';
import { parseMemberLogText } from '@/storage/import';
import { day, freshDb, ingest, listed, post } from './helpers';

let db: TendDatabase;
let text: string;
beforeEach(async () => {
  db = await freshDb('imported-links');
  await ingest(db, day(0), [
    listed('100', 'Camille Roux', { profileUrl: 'https://www.facebook.com/camille.roux' }),
  ]);
  await ingest(db, day(1), [post('100', '55')]);
  text = await exportLogText(db, undefined, new Date(day(2)));
});
afterEach(async () => db.delete());

const PLANTED = [
  'javascript:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'https://evil.example/login',
  'https://www.facebook.com.evil.example/camille.roux',
  'http://www.facebook.com/camille.roux',
  'https://www.facebook.com/l.php?u=https%3A%2F%2Fevil.example',
];

describe('links in an imported file', () => {
  it('the file as exported imports', () => {
    expect(parseMemberLogText(text).ok).toBe(true);
  });

  for (const field of ['profileUrl', 'lastActiveLink', 'permalink'] as const) {
    it(`refuses a file whose ${field} is not one of Tend's Facebook links`, () => {
      const file = JSON.parse(text) as Record<string, Record<string, unknown>[]>;
      for (const link of PLANTED) {
        const rows = field === 'permalink' ? file.sightings! : file.members!;
        const row = rows.find((each) => field in each)!;
        row[field] = link;
        const parsed = parseMemberLogText(JSON.stringify(file));
        expect(parsed.ok, `${field}: ${link}`).toBe(false);
        if (!parsed.ok) expect(parsed.error).toMatch(new RegExp(`${field}[\\s\\S]*shape Tend writes`));
      }
    });
  }

  it('refuses a planted page address in a group’s last page status', () => {
    const file = JSON.parse(text) as { groups: { lastStatus?: { url: string } }[] };
    file.groups[0]!.lastStatus = {
      url: 'javascript:alert(1)',
      kind: 'group-feed',
      health: { expected: 0, read: 0, problems: [] },
      readAt: day(1),
    } as never;
    expect(parseMemberLogText(JSON.stringify(file)).ok).toBe(false);
  });
});
