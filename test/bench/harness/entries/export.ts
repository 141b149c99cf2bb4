/** Browser side of `npm run bench -- export`. */
import { TendDatabase } from '@/storage/db';
import { logChunks } from '@/storage/export';
import { fileHeader } from '@/storage/files';
import { makeDataset, populate } from '../dataset';

const databases: Record<string, TendDatabase> = {};
const NOW = new Date('2026-11-22T10:00:00.000Z');

const bench = {
  async setup(name: string, members: number, sightings: number) {
    const db = new TendDatabase(`bench-export-${name}`);
    await db.delete();
    await db.open();
    const start = performance.now();
    await populate(db, makeDataset(members, sightings, name.length));
    databases[name] = db;
    return {
      ms: performance.now() - start,
      members: await db.members.count(),
      sightings: await db.sightings.count(),
    };
  },
  /** Tend's chunked export, as the panel drives it: each chunk goes into a Blob part (browser memory, not JS heap). */
  async chunked(name: string) {
    const db = databases[name]!;
    const start = performance.now();
    const parts: Blob[] = [];
    let chunks = 0;
    for await (const chunk of logChunks(db, {}, NOW)) {
      parts.push(new Blob([chunk.text]));
      chunks += 1;
    }
    const file = new Blob(parts, { type: 'application/json' });
    return { ms: performance.now() - start, bytes: file.size, chunks };
  },
  /** The naive way: every row with toArray(), serialised in one go. */
  async naive(name: string) {
    const db = databases[name]!;
    const start = performance.now();
    const file = {
      header: { ...fileHeader('member-log', NOW), version: 2 },
      groups: await db.groups.toArray(),
      coverage: await db.coverage.toArray(),
      members: await db.members.toArray(),
      sightings: await db.sightings.toArray(),
      notes: await db.notes.toArray(),
      onboarding: await db.onboarding.toArray(),
    };
    const blob = new Blob([JSON.stringify(file)], { type: 'application/json' });
    return { ms: performance.now() - start, bytes: blob.size, chunks: 1 };
  },
};
(window as unknown as { bench: typeof bench }).bench = bench;
