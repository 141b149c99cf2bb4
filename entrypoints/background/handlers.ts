/**
 * What the background does with each accepted message. Pure of browser APIs: takes the database and the parsed
 * message, so tests can call it directly.
 */
import type { TendDatabase } from '@/storage/db';
import { fileHeader, type MemberLogFileV1 } from '@/storage/files';
import { ingestSightings } from '@/storage/ingest';
import type { Message, Responses } from '@/storage/messages';
import type { StateRow } from '@/storage/schema';
import { contentConfigFrom } from '@/storage/settings';
import { loadSettings, updateSettings } from '@/storage/settings-store';

type Handlers = { [K in Message['type']]: (message: Extract<Message, { type: K }>) => Promise<Responses[K]> };

export function createHandlers(db: TendDatabase, now: () => Date = () => new Date()): Handlers {
  const setCurrent = async (row: Omit<Extract<StateRow, { key: 'current' }>, 'key' | 'at'>) => {
    await db.state.put({ key: 'current', at: now().toISOString(), ...row });
  };
  return {
    submitSightings: async (message) =>
      ingestSightings(db, {
        groupId: message.groupId,
        pageKind: message.pageKind,
        sightings: message.sightings,
        readAt: message.readAt,
      }),
    reportPageStatus: async (message) => {
      const status = {
        url: message.url,
        kind: message.pageKind,
        health: message.health,
        readAt: message.readAt,
      };
      await db.transaction('rw', db.groups, db.state, async () => {
        if (message.groupId) {
          const group = await db.groups.get(message.groupId);
          await db.groups.put(
            group
              ? { ...group, lastStatus: status }
              : {
                  groupId: message.groupId,
                  firstWatchedAt: message.readAt,
                  lastReadAt: message.readAt,
                  lastStatus: status,
                },
          );
        }
        // The panel follows the group of the facebook.com tab the admin looked at last.
        if (message.visible && message.groupId) {
          await setCurrent({ groupId: message.groupId, tabId: null, url: message.url, status });
        }
      });
      return null;
    },
    getContentConfig: async () => contentConfigFrom(await loadSettings(db)),
    updateSettings: async (message) => updateSettings(db, message.patch),
    forgetMember: async ({ groupId, memberId }) =>
      db.transaction('rw', db.members, db.sightings, async () => {
        const removedSightings = await db.sightings
          .where('[groupId+memberId]')
          .equals([groupId, memberId])
          .delete();
        await db.members.delete([groupId, memberId]);
        return { removedSightings };
      }),
    clearGroup: async ({ groupId }) =>
      db.transaction('rw', [db.members, db.sightings, db.groups, db.state], async () => {
        const removedMembers = await db.members
          .where('[groupId+lastSeenAt]')
          .between([groupId, ''], [groupId, '\uffff'])
          .delete();
        await db.sightings.where('[groupId+memberId]').between([groupId, ''], [groupId, '\uffff']).delete();
        await db.groups.delete(groupId);
        return { removedMembers };
      }),
    exportLog: async ({ groupId }) => {
      const exportedAt = now();
      const file: MemberLogFileV1 = await db.transaction(
        'r',
        db.groups,
        db.members,
        db.sightings,
        async () => ({
          header: { ...fileHeader('member-log', exportedAt), kind: 'member-log', version: 1 },
          groups: groupId
            ? await db.groups.where('groupId').equals(groupId).toArray()
            : await db.groups.toArray(),
          members: groupId
            ? await db.members
                .where('[groupId+lastSeenAt]')
                .between([groupId, ''], [groupId, '\uffff'])
                .toArray()
            : await db.members.toArray(),
          sightings: groupId
            ? await db.sightings
                .where('[groupId+memberId]')
                .between([groupId, ''], [groupId, '\uffff'])
                .toArray()
            : await db.sightings.toArray(),
        }),
      );
      const day = exportedAt.toISOString().slice(0, 10);
      return { fileName: `tend-${groupId ?? 'all-groups'}-${day}.json`, text: JSON.stringify(file, null, 2) };
    },
    setCurrentGroup: async ({ groupId }) => {
      await setCurrent({ groupId, tabId: null, url: null, status: null });
      return null;
    },
  };
}
