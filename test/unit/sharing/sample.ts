/** A small sample group with the names, ids and note texts the privacy tests look for on the server. */
import { addNote, recordOnboarding } from '@/storage/records';
import type { TendDatabase } from '@/storage/db';
import { GROUP, day, ingest, listed, post } from '../storage/helpers';

export const SAMPLE = {
  names: ['Chloé Lefèvre', 'Zoé Martin', 'Ana Silva'],
  ids: ['100004517623', '100009912345', '100007770001'],
  notes: ['Chat diabétique, insuline matin et soir', 'Asked about fostering kittens'],
};

/**
 * What the server must never see: each name, id and note, and words of them (a partial leak is a leak). Words of
 * at least five characters: a shorter one ("Ana") turns up by chance in a megabyte of base64.
 */
export const SECRETS = [
  GROUP,
  ...SAMPLE.names,
  ...SAMPLE.names.flatMap((name) => name.split(' ')).filter((word) => word.length >= 5),
  ...SAMPLE.ids,
  ...SAMPLE.notes,
  'diabétique',
  'fostering',
  'personal-welcome',
  'facebook.com',
];

export async function seedSample(alice: TendDatabase, bob: TendDatabase): Promise<void> {
  const [chloe, zoe, ana] = SAMPLE.ids as [string, string, string];
  await ingest(alice, day(0), [listed(chloe, SAMPLE.names[0]!), listed(ana, SAMPLE.names[2]!)]);
  await ingest(bob, day(1), [post(zoe, '9988776655', SAMPLE.names[1]!, day(1))]);
  await addNote(
    alice,
    { groupId: GROUP, memberId: chloe, text: SAMPLE.notes[0]!, author: 'Alice' },
    new Date(day(2)),
  );
  await addNote(
    bob,
    { groupId: GROUP, memberId: zoe, text: SAMPLE.notes[1]!, author: 'Bob' },
    new Date(day(2)),
  );
  await recordOnboarding(bob, [
    { groupId: GROUP, memberId: chloe, stepId: 'personal-welcome', status: 'done', at: day(3), by: 'Bob' },
  ]);
}

/** Every secret found in `texts`. */
export function leaksIn(texts: readonly string[]): string[] {
  const haystack = texts.join('\n');
  return SECRETS.filter((secret) => haystack.includes(secret));
}

/** Every document on the server, with every revision still stored, and its change feed, as text. */
export async function serverTexts(url: string): Promise<string[]> {
  const all = await (await fetch(`${url}/_all_docs?include_docs=true&conflicts=true`)).text();
  const changes = await (await fetch(`${url}/_changes?include_docs=true&style=all_docs`)).text();
  return [all, changes];
}
