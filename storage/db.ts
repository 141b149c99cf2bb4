/**
 * Tend's database. Opened only in the background service worker and the extension's own pages, so it lives in the
 * extension's IndexedDB, never in facebook.com's.
 *
 * Schema versions are dated; each has a one-line changelog and a test that seeds the previous version. An upgrade
 * that throws aborts Dexie's version-change transaction, so the version never moves forward over a failed upgrade.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import { adjustCoverage, countNeverActive, deriveMember, deriveSighting, emptyCoverage } from './derived';
import type {
  CountedRow,
  CoverageRow,
  ForgottenRow,
  GroupRow,
  MemberFacts,
  MemberRow,
  MetaRow,
  NoteRow,
  OnboardingRow,
  ProspectRow,
  SightingFacts,
  SightingRow,
  StateRow,
  TemplateRow,
  ThreadRow,
  WatchRow,
} from './schema';
import type { FingerprintRow, SignalRow } from './signals-schema';
import { sliceMarking, type SliceMarkRow } from './slice-marks';

export const DB_NAME = 'tend';

/** [version, date, what changed, Dexie stores] — append, never edit a released line. */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    date: '2026-11-22',
    change: 'First schema: groups, members, sightings, settings, state.',
    stores: {
      groups: 'groupId',
      members: '[groupId+memberId], [groupId+lastSeenAt]',
      sightings: 'key, [groupId+memberId], lastSeenAt',
      settings: '',
      state: 'key',
    },
  },
  {
    version: 2,
    date: '2026-11-22',
    change:
      'Notes, onboarding history, custom templates, forgotten members, per-group coverage; member indexes for pages, search, unseen, tiers and joiners.',
    stores: {
      groups: 'groupId',
      members:
        '[groupId+memberId], [groupId+lastSeenAt+memberId], [groupId+nameKey+memberId], *nameTokens, [groupId+activityCount+memberId], [groupId+everActive+quietSince+memberId], [groupId+joinMiddle]',
      sightings: 'key, [groupId+memberId], lastSeenAt, [groupId+kind+activityAt]',
      settings: '',
      state: 'key',
      notes: 'id, [groupId+memberId]',
      onboarding: 'id, [groupId+memberId]',
      templates: 'id',
      forgotten: '[groupId+hash]',
      coverage: 'groupId',
      meta: 'key',
    },
  },
  {
    version: 3,
    date: '2026-11-22',
    change:
      'Prospects (asked to join, invited, previewing: not members); members found by vanity name for merging with their numeric id.',
    stores: {
      groups: 'groupId',
      members:
        '[groupId+memberId], [groupId+lastSeenAt+memberId], [groupId+nameKey+memberId], *nameTokens, [groupId+activityCount+memberId], [groupId+everActive+quietSince+memberId], [groupId+joinMiddle], [groupId+vanity]',
      sightings: 'key, [groupId+memberId], lastSeenAt, [groupId+kind+activityAt]',
      settings: '',
      state: 'key',
      notes: 'id, [groupId+memberId]',
      onboarding: 'id, [groupId+memberId]',
      templates: 'id',
      forgotten: '[groupId+hash]',
      coverage: 'groupId',
      meta: 'key',
      prospects: '[groupId+memberId]',
    },
  },
  {
    version: 4,
    date: '2026-12-03',
    change:
      'Watched days: per group and UTC day, the time feed readings covered and the posts and comments they read, so "quiet" counts watched days only.',
    stores: {
      groups: 'groupId',
      members:
        '[groupId+memberId], [groupId+lastSeenAt+memberId], [groupId+nameKey+memberId], *nameTokens, [groupId+activityCount+memberId], [groupId+everActive+quietSince+memberId], [groupId+joinMiddle], [groupId+vanity]',
      sightings: 'key, [groupId+memberId], lastSeenAt, [groupId+kind+activityAt]',
      settings: '',
      state: 'key',
      notes: 'id, [groupId+memberId]',
      onboarding: 'id, [groupId+memberId]',
      templates: 'id',
      forgotten: '[groupId+hash]',
      coverage: 'groupId',
      meta: 'key',
      prospects: '[groupId+memberId]',
      watch: '[groupId+day]',
    },
  },
  {
    version: 5,
    date: '2026-12-03',
    change:
      "Counted items: the key of every post and comment counted in a member's totals, kept after retention prunes its sighting, so reading it again does not count it twice.",
    stores: {
      groups: 'groupId',
      members:
        '[groupId+memberId], [groupId+lastSeenAt+memberId], [groupId+nameKey+memberId], *nameTokens, [groupId+activityCount+memberId], [groupId+everActive+quietSince+memberId], [groupId+joinMiddle], [groupId+vanity]',
      sightings: 'key, [groupId+memberId], lastSeenAt, [groupId+kind+activityAt]',
      settings: '',
      state: 'key',
      notes: 'id, [groupId+memberId]',
      onboarding: 'id, [groupId+memberId]',
      templates: 'id',
      forgotten: '[groupId+hash]',
      coverage: 'groupId',
      meta: 'key',
      prospects: '[groupId+memberId]',
      watch: '[groupId+day]',
      counted: 'key',
    },
  },
  {
    version: 6,
    date: '2026-12-04',
    change:
      'Weak signals: fingerprints (image cues per post, found by key) and signals (kind, members, evidence, open/done/dismissed/snoozed).',
    stores: {
      groups: 'groupId',
      members:
        '[groupId+memberId], [groupId+lastSeenAt+memberId], [groupId+nameKey+memberId], *nameTokens, [groupId+activityCount+memberId], [groupId+everActive+quietSince+memberId], [groupId+joinMiddle], [groupId+vanity]',
      sightings: 'key, [groupId+memberId], lastSeenAt, [groupId+kind+activityAt]',
      settings: '',
      state: 'key',
      notes: 'id, [groupId+memberId]',
      onboarding: 'id, [groupId+memberId]',
      templates: 'id',
      forgotten: '[groupId+hash]',
      coverage: 'groupId',
      meta: 'key',
      prospects: '[groupId+memberId]',
      watch: '[groupId+day]',
      counted: 'key',
      fingerprints: '[groupId+key+itemId], [groupId+memberId], at',
      signals: 'key, [groupId+updatedAt], *memberKeys, updatedAt',
    },
  },
  {
    version: 7,
    date: '2026-12-04',
    change:
      'Members by latest possible join ([groupId+joinedBefore]), so the onboarding queue reads only the members whose step falls due now.',
    stores: {
      groups: 'groupId',
      members:
        '[groupId+memberId], [groupId+lastSeenAt+memberId], [groupId+nameKey+memberId], *nameTokens, [groupId+activityCount+memberId], [groupId+everActive+quietSince+memberId], [groupId+joinMiddle], [groupId+vanity], [groupId+joinedBefore]',
      sightings: 'key, [groupId+memberId], lastSeenAt, [groupId+kind+activityAt]',
      settings: '',
      state: 'key',
      notes: 'id, [groupId+memberId]',
      onboarding: 'id, [groupId+memberId]',
      templates: 'id',
      forgotten: '[groupId+hash]',
      coverage: 'groupId',
      meta: 'key',
      prospects: '[groupId+memberId]',
      watch: '[groupId+day]',
      counted: 'key',
      fingerprints: '[groupId+key+itemId], [groupId+memberId], at',
      signals: 'key, [groupId+updatedAt], *memberKeys, updatedAt',
    },
  },
  {
    version: 8,
    date: '2026-12-04',
    change:
      'Coverage counts the members never seen active (neverActive, kept at every write), so the glance does not count them through the index.',
    stores: {
      groups: 'groupId',
      members:
        '[groupId+memberId], [groupId+lastSeenAt+memberId], [groupId+nameKey+memberId], *nameTokens, [groupId+activityCount+memberId], [groupId+everActive+quietSince+memberId], [groupId+joinMiddle], [groupId+vanity], [groupId+joinedBefore]',
      sightings: 'key, [groupId+memberId], lastSeenAt, [groupId+kind+activityAt]',
      settings: '',
      state: 'key',
      notes: 'id, [groupId+memberId]',
      onboarding: 'id, [groupId+memberId]',
      templates: 'id',
      forgotten: '[groupId+hash]',
      coverage: 'groupId',
      meta: 'key',
      prospects: '[groupId+memberId]',
      watch: '[groupId+day]',
      counted: 'key',
      fingerprints: '[groupId+key+itemId], [groupId+memberId], at',
      signals: 'key, [groupId+updatedAt], *memberKeys, updatedAt',
    },
  },
  {
    version: 9,
    date: '2026-12-07',
    change:
      'Threads: per post, the comment count it showed and how many of its comments Tend read, summed on the watched days: how much of the comments Tend read.',
    stores: {
      groups: 'groupId',
      members:
        '[groupId+memberId], [groupId+lastSeenAt+memberId], [groupId+nameKey+memberId], *nameTokens, [groupId+activityCount+memberId], [groupId+everActive+quietSince+memberId], [groupId+joinMiddle], [groupId+vanity], [groupId+joinedBefore]',
      sightings: 'key, [groupId+memberId], lastSeenAt, [groupId+kind+activityAt]',
      settings: '',
      state: 'key',
      notes: 'id, [groupId+memberId]',
      onboarding: 'id, [groupId+memberId]',
      templates: 'id',
      forgotten: '[groupId+hash]',
      coverage: 'groupId',
      meta: 'key',
      prospects: '[groupId+memberId]',
      watch: '[groupId+day]',
      counted: 'key',
      fingerprints: '[groupId+key+itemId], [groupId+memberId], at',
      signals: 'key, [groupId+updatedAt], *memberKeys, updatedAt',
      threads: '[groupId+postId]',
    },
  },
  {
    version: 10,
    date: '2026-12-07',
    change:
      'Slice marks: for each shared group, the slices of its log (a person, the group, a watched day) changed since its last publish, so a sync reads and compares only those (bookkeeping: not in exports).',
    stores: {
      groups: 'groupId',
      members:
        '[groupId+memberId], [groupId+lastSeenAt+memberId], [groupId+nameKey+memberId], *nameTokens, [groupId+activityCount+memberId], [groupId+everActive+quietSince+memberId], [groupId+joinMiddle], [groupId+vanity], [groupId+joinedBefore]',
      sightings: 'key, [groupId+memberId], lastSeenAt, [groupId+kind+activityAt]',
      settings: '',
      state: 'key',
      notes: 'id, [groupId+memberId]',
      onboarding: 'id, [groupId+memberId]',
      templates: 'id',
      forgotten: '[groupId+hash]',
      coverage: 'groupId',
      meta: 'key',
      prospects: '[groupId+memberId]',
      watch: '[groupId+day]',
      counted: 'key',
      fingerprints: '[groupId+key+itemId], [groupId+memberId], at',
      signals: 'key, [groupId+updatedAt], *memberKeys, updatedAt',
      threads: '[groupId+postId]',
      sliceMarks: 'key',
    },
  },
] as const;

/** v1 → v2: derive the new index fields of every member and sighting, and build coverage from what is stored. */
async function upgradeToV2(transaction: Transaction): Promise<void> {
  const coverage = new Map<string, CoverageRow>();
  const coverageOf = (groupId: string) => {
    let row = coverage.get(groupId);
    if (!row) coverage.set(groupId, (row = emptyCoverage(groupId)));
    return row;
  };
  await transaction
    .table('members')
    .toCollection()
    .modify((member: MemberRow) => {
      const derived = deriveMember(member as MemberFacts);
      Object.assign(member, derived);
      if (derived.joinMiddle === undefined) delete member.joinMiddle;
      adjustCoverage(coverageOf(member.groupId), undefined, derived);
    });
  await transaction
    .table('sightings')
    .toCollection()
    .modify((sighting: SightingRow) => {
      Object.assign(sighting, deriveSighting(sighting as SightingFacts));
      // v1 kept no "read since": the first sighting of each kind is the honest lower bound.
      const row = coverageOf(sighting.groupId);
      if (sighting.kind === 'post' || sighting.kind === 'comment') {
        if (!row.feedReadSince || sighting.firstSeenAt < row.feedReadSince)
          row.feedReadSince = sighting.firstSeenAt;
      } else if (sighting.kind === 'member') {
        if (!row.membersListReadSince || sighting.firstSeenAt < row.membersListReadSince) {
          row.membersListReadSince = sighting.firstSeenAt;
        }
      }
    });
  await transaction.table('coverage').bulkPut([...coverage.values()]);
}

/** v4 → v5: every post and comment already stored is counted in its member's totals; its key is recorded. */
async function upgradeToV5(transaction: Transaction): Promise<void> {
  const keys: CountedRow[] = [];
  await transaction
    .table('sightings')
    .toCollection()
    .each((sighting: SightingRow) => {
      if (sighting.kind === 'post' || sighting.kind === 'comment') keys.push({ key: sighting.key });
    });
  await transaction.table('counted').bulkPut(keys);
}

/** v7 → v8: each group's coverage row gets its count of members never seen active. */
async function upgradeToV8(transaction: Transaction): Promise<void> {
  const rows: CoverageRow[] = await transaction.table('coverage').toArray();
  for (const row of rows) row.neverActive = await countNeverActive(transaction.table('members'), row.groupId);
  await transaction.table('coverage').bulkPut(rows);
}

const UPGRADES: Partial<Record<number, (transaction: Transaction) => Promise<void>>> = {
  2: upgradeToV2,
  5: upgradeToV5,
  8: upgradeToV8,
};

export class TendDatabase extends Dexie {
  groups!: Table<GroupRow, string>;
  members!: Table<MemberRow, [string, string]>;
  sightings!: Table<SightingRow, string>;
  /** One row under the key `settings`; see storage/settings.ts. */
  settings!: Table<unknown, string>;
  state!: Table<StateRow, string>;
  notes!: Table<NoteRow, string>;
  onboarding!: Table<OnboardingRow, string>;
  templates!: Table<TemplateRow, string>;
  forgotten!: Table<ForgottenRow, [string, string]>;
  coverage!: Table<CoverageRow, string>;
  meta!: Table<MetaRow, MetaRow['key']>;
  prospects!: Table<ProspectRow, [string, string]>;
  /** What the feed readings of each day covered (see `WatchRow`). */
  watch!: Table<WatchRow, [string, string]>;
  /** Keys of the posts and comments counted in members' totals (see `CountedRow`). */
  counted!: Table<CountedRow, string>;
  /** Image cues of posts, by lookup key (see `FingerprintRow`). */
  fingerprints!: Table<FingerprintRow, [string, string, string]>;
  /** Weak signals and what the admin did with them (see `SignalRow`). */
  signals!: Table<SignalRow, string>;
  /** Each post's comment count shown and comments read (see `ThreadRow`). */
  threads!: Table<ThreadRow, [string, string]>;
  /** Which slices of a shared group's log changed since its last publish (see storage/slice-marks.ts). */
  sliceMarks!: Table<SliceMarkRow, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.use(sliceMarking);
    for (const { version, stores } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      const upgrade = UPGRADES[version];
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

/** Table names, in a fixed order, for whole-database comparisons and exports. */
export const TABLES = [
  'groups',
  'members',
  'sightings',
  'settings',
  'state',
  'notes',
  'onboarding',
  'templates',
  'forgotten',
  'coverage',
  'meta',
  'prospects',
  'watch',
  'counted',
  'fingerprints',
  'signals',
  'threads',
] as const;
export type TableName = (typeof TABLES)[number];
/** Bookkeeping tables: derived from the others' writes, never exported, compared or checked with them. */
export const BOOKKEEPING_TABLES = ['sliceMarks'] as const;

let shared: TendDatabase | undefined;
/** The one database instance of this extension context. */
export function db(): TendDatabase {
  shared ??= new TendDatabase();
  return shared;
}
