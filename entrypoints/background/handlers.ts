/**
 * What the background does with each accepted message. Pure of browser APIs: takes the database and the parsed
 * message, so tests can call it directly.
 */
import { canonicalGroupId } from '@/storage/aliases';
import type { TendDatabase } from '@/storage/db';
import { TendError } from '@/storage/errors';
import { exportLogText, logFileName, readCsvChunk, readLogChunk } from '@/storage/export';
import { clearGroup, forgetMember } from '@/storage/forget';
import { applyImport, parseMemberLogText, previewImport } from '@/storage/import';
import { ingestSightings } from '@/storage/ingest';
import type { Message, Responses, SenderFacts } from '@/storage/messages';
import { addNote, deleteNote, deleteTemplate, recordOnboarding, saveTemplate } from '@/storage/records';
import { maybePruneSightings } from '@/storage/retention';
import { removeSampleGroup } from '@/storage/sample';
import type { StateRow } from '@/storage/schema';
import { allowedBySettings, contentConfigFrom, csvSeparatorFor } from '@/storage/settings';
import { loadSettings, updateSettings } from '@/storage/settings-store';
import { ingestTestHook } from '@/storage/test-hooks';
import { ImportUploads } from './import-uploads';
import { signalHandlers } from './signal-handlers';

/** `sender` says which tab a content script's message came from (the page status keeps it, see below). */
type Handlers = {
  [K in Message['type']]: (
    message: Extract<Message, { type: K }>,
    sender?: SenderFacts,
  ) => Promise<Responses[K]>;
};

export interface HandlerEnvironment {
  now?: () => Date;
  /** The browser's language, for the CSV separator when the setting is `auto`. */
  browserLanguage?: () => string;
}

function parsedOrThrow(text: string) {
  const parsed = parseMemberLogText(text);
  if (!parsed.ok) throw new TendError(parsed.error);
  return parsed;
}

export function createHandlers(
  db: TendDatabase,
  now: () => Date = () => new Date(),
  environment: Omit<HandlerEnvironment, 'now'> = {},
): Handlers {
  const browserLanguage = environment.browserLanguage ?? (() => globalThis.navigator?.language ?? 'en');
  const setCurrent = async (row: Omit<Extract<StateRow, { key: 'current' }>, 'key' | 'at'>) => {
    await db.state.put({ key: 'current', at: now().toISOString(), ...row });
  };
  const uploads = new ImportUploads();
  /** The file a preview or an import names: sent whole, or uploaded in parts first (the schema allows one). */
  const fileText = (source: { text?: string; uploadId?: string }) =>
    source.text ?? uploads.take(source.uploadId ?? '');
  const adminName = async (given: string | undefined) => {
    if (given !== undefined && given.trim()) return given.trim();
    return (await loadSettings(db)).adminName || 'admin';
  };
  return {
    submitSightings: async (message) => {
      // Requests and screening answers are stored only when the settings allow them (the content script checks too).
      const optIn = message.sightings.some((s) => s.kind === 'request' || s.answers !== undefined);
      const sightings = optIn
        ? allowedBySettings(message.sightings, await loadSettings(db))
        : message.sightings;
      // A vanity name already known as another group's cannot be claimed for this one (see storage/aliases.ts).
      if (message.groupVanity) {
        const owner = await canonicalGroupId(db, message.groupVanity);
        if (owner !== message.groupVanity && owner !== message.groupId)
          throw new TendError('refused: this vanity name belongs to another group');
      }
      const batch = {
        groupId: message.groupId,
        ...(message.groupVanity ? { groupVanity: message.groupVanity } : {}),
        pageKind: message.pageKind,
        sightings,
        readAt: message.readAt,
      };
      // Normal builds: just the ingest. Test builds can hold the batch part-way (storage/test-hooks.ts).
      const result = await ingestTestHook(db, batch, (held) => ingestSightings(db, held));
      // Retention runs after ingest batches, throttled; its failure must not turn a stored batch into an error.
      await maybePruneSightings(db, now()).catch((error: unknown) =>
        console.warn('Tend: pruning failed', error),
      );
      return result;
    },
    reportPageStatus: async (message, sender) => {
      const status = {
        url: message.url,
        kind: message.pageKind,
        health: message.health,
        readAt: message.readAt,
        ...(message.waiting ? { waiting: message.waiting } : {}),
      };
      await db.transaction('rw', db.groups, db.state, async () => {
        // A vanity address of a group known by its numeric id reports on that group.
        const groupId = message.groupId ? await canonicalGroupId(db, message.groupId) : null;
        if (groupId) {
          const group = await db.groups.get(groupId);
          const name = message.groupName ?? group?.name;
          await db.groups.put({
            ...(group ?? {
              groupId,
              firstWatchedAt: message.readAt,
              lastReadAt: message.readAt,
            }),
            lastStatus: status,
            ...(name ? { name } : {}),
          });
        }
        // The panel follows the group of the facebook.com tab the admin looked at last, and asks that tab for an
        // anonymised copy of its page when it could not be read.
        if (message.visible && groupId) {
          await setCurrent({ groupId, tabId: sender?.tabId ?? null, url: message.url, status });
        }
      });
      return null;
    },
    getContentConfig: async () => contentConfigFrom(await loadSettings(db)),
    ...signalHandlers(db, now),
    updateSettings: async (message) => updateSettings(db, message.patch),
    forgetMember: async ({ groupId, memberId, neverRecordAgain }) =>
      forgetMember(db, groupId, memberId, { neverRecordAgain: neverRecordAgain ?? false }),
    clearGroup: async ({ groupId }) => clearGroup(db, groupId),
    removeSampleGroup: async ({ groupId }) => removeSampleGroup(db, groupId, now()),
    exportLog: async ({ groupId }) => {
      const exportedAt = now();
      return {
        fileName: logFileName(groupId, exportedAt.toISOString(), 'json'),
        text: await exportLogText(db, groupId, exportedAt),
      };
    },
    exportLogChunk: async ({ groupId, cursor, rowsPerChunk }) => {
      const chunk = await readLogChunk(
        db,
        { groupId, ...(rowsPerChunk ? { rowsPerChunk } : {}) },
        cursor,
        now(),
      );
      const exportedAt = cursor?.exportedAt ?? chunk.next?.exportedAt ?? now().toISOString();
      return { fileName: logFileName(groupId, exportedAt, 'json'), chunk };
    },
    exportCsvChunk: async ({ groupId, cursor, rowsPerChunk }) => {
      const settings = await loadSettings(db);
      const chunk = await readCsvChunk(
        db,
        {
          groupId,
          separator: csvSeparatorFor(settings, browserLanguage()),
          tiers: settings.tiers,
          ...(rowsPerChunk ? { rowsPerChunk } : {}),
        },
        cursor,
      );
      return { fileName: logFileName(groupId, now().toISOString(), 'csv'), chunk };
    },
    uploadImportPart: async (part) => uploads.add(part),
    previewImport: async (message) => previewImport(db, parsedOrThrow(fileText(message))),
    applyImport: async (message) => applyImport(db, parsedOrThrow(fileText(message))),
    setCurrentGroup: async ({ groupId }) => {
      await setCurrent({ groupId, tabId: null, url: null, status: null });
      return null;
    },
    addNote: async ({ groupId, memberId, text, author }) =>
      addNote(db, { groupId, memberId, text, author: await adminName(author) }, now()),
    deleteNote: async ({ id }) => ({ deleted: await deleteNote(db, id) }),
    markOnboarding: async ({ entries }) => {
      const by = await adminName(undefined);
      return recordOnboarding(
        db,
        entries.map((entry) => ({ ...entry, by: entry.by ?? by })),
      );
    },
    saveTemplate: async ({ template }) => saveTemplate(db, template),
    deleteTemplate: async ({ id }) => ({ deleted: await deleteTemplate(db, id) }),
  };
}
