import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, TABLES, TendDatabase } from '@/storage/db';

describe('database schema versions', () => {
  it('are dated, increasing, and described', () => {
    SCHEMA_VERSIONS.forEach((entry, index) => {
      expect(entry.version).toBe(index + 1);
      expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.change.length).toBeGreaterThan(10);
      if (index > 0) expect(entry.date >= SCHEMA_VERSIONS[index - 1]!.date).toBe(true);
    });
  });

  it('open with every table the code expects', async () => {
    const db = new TendDatabase(`schema-${crypto.randomUUID()}`);
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual([...TABLES].sort());
    await db.delete();
  });
});
