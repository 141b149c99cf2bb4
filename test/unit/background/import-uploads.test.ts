/**
 * Large member-log files reach the background in parts (a browser message holds at most 64 MiB): the parts are put
 * back together exactly, a missing or inconsistent part is refused with a message, and the import through the
 * router gives the same database as a file sent whole.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/entrypoints/background/handlers';
import { ImportUploads } from '@/entrypoints/background/import-uploads';
import { routeMessage, type OwnIdentity } from '@/entrypoints/background/router';
import { partsOf, sendImportFile } from '@/entrypoints/sidepanel/import-file';
import type { TendDatabase } from '@/storage/db';
import { exportLogText } from '@/storage/export';
import { IMPORT_PART_CHARS, type Message, type Responses } from '@/storage/messages';
import { freshDb, hashAllTables, ingest, listed, post } from '../storage/helpers';

const own: OwnIdentity = { id: 'tend-extension-id', origin: 'chrome-extension://tend-extension-id/' };
const panel = { id: own.id, url: 'chrome-extension://tend-extension-id/sidepanel.html' };
const NOW = new Date('2026-11-22T10:00:00.000Z');
const id = () => crypto.randomUUID();

describe('partsOf', () => {
  it('cuts any text into parts that join back to it, never splitting a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.integer({ min: 2, max: 7 }),
        (text, size) => {
          const parts = partsOf(text, size);
          expect(parts.join('')).toBe(text);
          for (const part of parts) {
            expect(part.length).toBeLessThanOrEqual(size);
            expect(part.length).toBeGreaterThan(0);
            expect(part.isWellFormed()).toBe(true);
          }
        },
      ),
    );
  });
});

describe('ImportUploads', () => {
  it('gives back the whole text once every part arrived, in any order, once', () => {
    const uploads = new ImportUploads();
    const upload = id();
    expect(uploads.add({ uploadId: upload, index: 1, total: 3, text: 'b' })).toEqual({
      received: 1,
      total: 3,
    });
    expect(() => uploads.take(upload)).toThrow(/did not arrive/);
    uploads.add({ uploadId: upload, index: 2, total: 3, text: 'c' });
    uploads.add({ uploadId: upload, index: 0, total: 3, text: 'a' });
    expect(uploads.take(upload)).toBe('abc');
    expect(() => uploads.take(upload)).toThrow(/did not arrive/);
  });

  it('refuses parts that do not fit together, and forgets that upload', () => {
    const uploads = new ImportUploads();
    const upload = id();
    uploads.add({ uploadId: upload, index: 0, total: 2, text: 'a' });
    expect(() => uploads.add({ uploadId: upload, index: 1, total: 3, text: 'b' })).toThrow(/do not fit/);
    expect(() => uploads.take(upload)).toThrow(/did not arrive/);
  });

  it('keeps only the newest two waiting uploads', () => {
    const uploads = new ImportUploads();
    const [first, second, third] = [id(), id(), id()];
    for (const upload of [first, second, third])
      uploads.add({ uploadId: upload, index: 0, total: 1, text: upload });
    expect(() => uploads.take(first!)).toThrow(/did not arrive/);
    expect(uploads.take(second!)).toBe(second);
    expect(uploads.take(third!)).toBe(third);
  });
});

describe('importing a file larger than one message', () => {
  let source: TendDatabase;
  let target: TendDatabase;
  let control: TendDatabase;
  beforeEach(async () => {
    [source, target, control] = [
      await freshDb('uploads'),
      await freshDb('uploads'),
      await freshDb('uploads'),
    ];
    await ingest(
      source,
      '2026-11-01T10:00:00.000Z',
      [listed('100', 'Camille Roux 🐈', { section: 'New to the group' }), post('200', '55', 'Jordan Price')],
      'group-members',
    );
  });
  afterEach(async () => Promise.all([source, target, control].map((database) => database.delete())));

  it('goes up in parts through the router and imports exactly as the same file sent whole', async () => {
    // JSON allows whitespace anywhere between values: the same log, padded past two part sizes.
    const exported = await exportLogText(source, undefined, NOW);
    const large = exported.replace(/\}\s*$/, `${' '.repeat(2 * IMPORT_PART_CHARS)}}`);
    const handlers = createHandlers(target, () => NOW);
    const sent: Message['type'][] = [];
    const send = async <M extends Message>(message: M): Promise<Responses[M['type']]> => {
      sent.push(message.type);
      const reply = await routeMessage(message, panel, own, handlers);
      if (!reply.ok) throw new Error(reply.error);
      return reply.value as Responses[M['type']];
    };
    const preview = await sendImportFile(send, 'previewImport', large);
    expect(preview.changes.members.added).toBe(2);
    await sendImportFile(send, 'applyImport', large);
    expect(sent).toEqual([
      ...Array<string>(3).fill('uploadImportPart'),
      'previewImport',
      ...Array<string>(3).fill('uploadImportPart'),
      'applyImport',
    ]);
    const whole = await routeMessage(
      { type: 'applyImport', text: exported },
      panel,
      own,
      createHandlers(control),
    );
    expect(whole.ok).toBe(true);
    expect(await hashAllTables(target)).toBe(await hashAllTables(control));
  });

  it('refuses an import whose upload lost a part, writing nothing', async () => {
    const handlers = createHandlers(target, () => NOW);
    const before = await hashAllTables(target);
    const exported = await exportLogText(source, undefined, NOW);
    const upload = id();
    const [head] = partsOf(exported, Math.ceil(exported.length / 2));
    await routeMessage(
      { type: 'uploadImportPart', uploadId: upload, index: 0, total: 2, text: head },
      panel,
      own,
      handlers,
    );
    const reply = await routeMessage({ type: 'applyImport', uploadId: upload }, panel, own, handlers);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/did not arrive/) });
    expect(await hashAllTables(target)).toBe(before);
  });
});
