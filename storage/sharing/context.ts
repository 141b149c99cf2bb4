/** What every step of the sharing engine works with. */
import { documentId } from '@/utils/sharing/crypto';
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

export const idOf = (context: EngineContext, about: SliceAbout): Promise<string> =>
  documentId(context.keys.current, about);

export const groupDocId = (context: EngineContext): Promise<string> =>
  idOf(context, ['group', context.groupId]);

/** Later of two optional ISO times. */
export const laterOf = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;
