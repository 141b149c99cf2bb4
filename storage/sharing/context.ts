/** What every step of the sharing engine works with. */
import { documentId, type EpochKeys } from '@/utils/sharing/crypto';
import type { KeyBox } from '@/utils/sharing/codec';
import type { TendDatabase } from '../db';
import type { PouchDB } from './pouch';
import type { SliceAbout } from './slices';

export interface EngineContext {
  db: TendDatabase;
  groupId: string;
  keys: KeyBox;
  /** This installation's random id, written inside every document it writes. */
  origin: string;
  /** The local replica: ciphertext documents only. */
  local: PouchDB.Database;
  now: () => Date;
}

/**
 * Ids already computed, per epoch's keys: every sync names every slice of the log, and a keyed hash each time is
 * a measurable share of it. Held weakly, so a retired key's ids go with it.
 */
const knownIds = new WeakMap<EpochKeys, Map<string, string>>();

export async function idOf(context: EngineContext, about: SliceAbout): Promise<string> {
  const keys = context.keys.current;
  let known = knownIds.get(keys);
  if (!known) knownIds.set(keys, (known = new Map()));
  const key = JSON.stringify(about);
  const id = known.get(key) ?? (await documentId(keys, about));
  known.set(key, id);
  return id;
}

export const groupDocId = (context: EngineContext): Promise<string> =>
  idOf(context, ['group', context.groupId]);

/** Later of two optional ISO times. */
export const laterOf = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;
