/** Admin-written records: member notes, onboarding history, custom templates. Validated here, at the write boundary. */
import type { TendDatabase } from './db';
import { NoteRow, OnboardingEntry, TemplateRow, toOnboardingRow, type OnboardingRow } from './schema';

export interface NewNote {
  groupId: string;
  memberId: string;
  text: string;
  author: string;
}

/** Adds a note; its id is random, so the same words written twice by two admins are two notes. */
export async function addNote(db: TendDatabase, note: NewNote, now: Date): Promise<NoteRow> {
  const row = NoteRow.parse({ id: crypto.randomUUID(), createdAt: now.toISOString(), ...note });
  await db.notes.add(row);
  return row;
}

export async function deleteNote(db: TendDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.notes, async () => {
    const exists = (await db.notes.get(id)) !== undefined;
    if (exists) await db.notes.delete(id);
    return exists;
  });
}

export async function notesOf(db: TendDatabase, groupId: string, memberId: string): Promise<NoteRow[]> {
  const notes = await db.notes.where('[groupId+memberId]').equals([groupId, memberId]).toArray();
  return notes.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/**
 * Records onboarding actions (done, skipped, snoozed). Each entry's id is natural, so recording the same action
 * again, or merging a co-admin's log that has it, adds nothing.
 */
export async function recordOnboarding(
  db: TendDatabase,
  entries: readonly OnboardingEntry[],
): Promise<{ added: number; unchanged: number }> {
  const rows = entries.map((entry) => toOnboardingRow(OnboardingEntry.parse(entry)));
  return db.transaction('rw', db.onboarding, async () => {
    const existing = await db.onboarding.bulkGet(rows.map((row) => row.id));
    const fresh = new Map<string, OnboardingRow>();
    rows.forEach((row, index) => {
      if (!existing[index]) fresh.set(row.id, row);
    });
    await db.onboarding.bulkPut([...fresh.values()]);
    return { added: fresh.size, unchanged: rows.length - fresh.size };
  });
}

/** Onboarding history of a group (or of one member), ready for utils/onboarding's schedule. */
export async function onboardingHistory(
  db: TendDatabase,
  groupId: string,
  memberId?: string,
): Promise<OnboardingRow[]> {
  const collection =
    memberId === undefined
      ? db.onboarding.where('[groupId+memberId]').between([groupId, ''], [groupId, '\uffff'])
      : db.onboarding.where('[groupId+memberId]').equals([groupId, memberId]);
  return collection.toArray();
}

/** Saves a custom template (already validated against utils/templates/schema.ts `Template` by the caller). */
export async function saveTemplate(db: TendDatabase, template: TemplateRow): Promise<{ id: string }> {
  const row = TemplateRow.parse(template);
  await db.templates.put(row);
  return { id: row.id };
}

export async function deleteTemplate(db: TendDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.templates, async () => {
    const exists = (await db.templates.get(id)) !== undefined;
    if (exists) await db.templates.delete(id);
    return exists;
  });
}
