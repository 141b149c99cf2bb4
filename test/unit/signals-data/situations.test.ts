/**
 * The labelled situations for issue 17's weak signals (test/signals/README.md) are well formed: each passes the
 * schema, its pages exist and show what it expects, and the builder writes them again byte for byte.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNAL_KINDS, situationSchema, type Situation } from '../../signals/situation-schema';

const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, 'test/signals/situations');

const ids = fs.readdirSync(DIR).sort();
const situations: Situation[] = ids.map((id) =>
  situationSchema.parse(JSON.parse(fs.readFileSync(path.join(DIR, id, 'situation.json'), 'utf8'))),
);
const pagesOf = (s: Situation) =>
  s.visits.map((visit) => fs.readFileSync(path.join(DIR, s.id, visit.page), 'utf8'));

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('labelled situations', () => {
  it('each folder holds a situation.json of its own id that passes the schema', () => {
    expect(situations.length).toBeGreaterThan(0);
    for (const [index, s] of situations.entries()) expect(s.id).toBe(ids[index]);
  });

  it('cover every kind: at least 8 signals and 8 look-alikes each, 60 signals in all, as many look-alikes', () => {
    const signals = situations.filter((s) => !s.lookalike);
    expect(signals.length).toBeGreaterThanOrEqual(60);
    expect(situations.length - signals.length).toBeGreaterThanOrEqual(signals.length);
    for (const kind of SIGNAL_KINDS) {
      const ofKind = situations.filter((s) => s.kind === kind);
      expect(ofKind.filter((s) => !s.lookalike).length, kind).toBeGreaterThanOrEqual(8);
      expect(ofKind.filter((s) => s.lookalike).length, kind).toBeGreaterThanOrEqual(8);
      const english = ofKind.filter((s) => s.language === 'en').length;
      expect(english * 2, `${kind}: half in English`).toBe(ofKind.length);
    }
  });

  it('every visit’s page exists, in the situation’s language and group', () => {
    for (const s of situations) {
      for (const visit of s.visits) {
        const file = path.join(DIR, s.id, visit.page);
        expect(fs.existsSync(file), `${s.id}: ${visit.page}`).toBe(true);
        const html = fs.readFileSync(file, 'utf8');
        expect(html.startsWith(`<!doctype html><html lang="${s.language}">`), `${s.id}: ${visit.page}`).toBe(
          true,
        );
        expect(html.includes(`/groups/${s.group.id}/`), `${s.id}: ${visit.page}`).toBe(true);
        expect(visit.url.includes(`/groups/${s.group.id}/`)).toBe(true);
      }
    }
  });

  it('every evidence id is a post or comment on one of its pages, every expected member an author there', () => {
    for (const s of situations) {
      const pages = pagesOf(s).join('\n');
      const memberUids = new Set(s.members.map((m) => m.uid));
      for (const signal of s.expect) {
        for (const item of signal.evidenceItemIds) {
          const shown = pages.includes(`/posts/${item}/`) || pages.includes(`comment_id=${item}&`);
          expect(shown, `${s.id}: evidence ${item}`).toBe(true);
        }
        for (const uid of signal.memberUids) {
          expect(memberUids.has(uid), `${s.id}: ${uid} in members`).toBe(true);
          expect(pages.includes(`/groups/${s.group.id}/user/${uid}/`), `${s.id}: ${uid} on a page`).toBe(
            true,
          );
        }
      }
    }
  });

  it('no capture’s own person, id or builder marker is left in a page', () => {
    const leftovers = [
      'Mathis Aubert',
      'Louise Thomas Taylor',
      '61563021125649',
      '100487198121680',
      '693540230009363',
      '@@',
    ];
    for (const s of situations) {
      for (const [index, html] of pagesOf(s).entries()) {
        for (const text of leftovers)
          expect(html.includes(text), `${s.id} ${s.visits[index]?.page}: ${text}`).toBe(false);
      }
    }
  });

  it('the builder writes the same files byte for byte', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'situations-'));
    try {
      execFileSync(process.execPath, ['test/signals/build-situations.mjs', '--out', out], {
        cwd: ROOT,
        stdio: 'pipe',
      });
      const written = filesUnder(out);
      expect(written).toEqual(filesUnder(DIR));
      for (const file of written) {
        const same = fs.readFileSync(path.join(out, file)).equals(fs.readFileSync(path.join(DIR, file)));
        expect(same, file).toBe(true);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
