/**
 * Tend's one message protocol. Every message is validated with zod where it is received, and who may send it is
 * decided by the sender (its extension id and the origin of its URL), never by the message itself.
 */
import { z } from 'zod';
import { FacebookPageUrl } from '@/utils/facebook/links';
import { PostContent } from '@/utils/facebook/post-content';
import { Template } from '@/utils/templates/schema';
import type { ClearGroupResult, ForgetResult } from './forget';
import { CsvCursor, ExportCursor, type CsvChunk, type ExportChunk } from './export';
import type { ImportPreview } from './import';
import {
  GroupId,
  GroupRow,
  IsoTime,
  MemberId,
  NoteRow,
  OnboardingEntry,
  PageKind,
  PageStatus,
  RecordedPageHealth,
  StoredSighting,
} from './schema';
import { ContentConfig, SettingsPatch, type Settings } from './settings';
import { SignalState } from './signals-schema';
import { ItemId } from '@/utils/signals/schema';

/** The https address of a facebook.com page (utils/facebook/links.ts). */
const FacebookUrl = FacebookPageUrl;

/** Messages a facebook.com content script may send. */
export const SubmitSightings = z.strictObject({
  type: z.literal('submitSightings'),
  url: FacebookUrl,
  groupId: GroupId,
  /** The vanity name of the page's address when the page showed the group's numeric id (`groupId`) too. */
  groupVanity: GroupId.optional(),
  pageKind: PageKind,
  readAt: IsoTime,
  sightings: z.array(StoredSighting).min(1).max(5_000),
});
export const ReportPageStatus = z.strictObject({
  type: z.literal('reportPageStatus'),
  url: FacebookUrl,
  groupId: GroupId.nullable(),
  /** As in submitSightings: the address's vanity name when the page showed the numeric id (`groupId`). */
  groupVanity: GroupId.optional(),
  pageKind: PageKind,
  health: RecordedPageHealth,
  readAt: IsoTime,
  /** The page is the one the admin looks at (visible tab); it becomes the panel's current group. */
  visible: z.boolean(),
  /** The group's name, when the page heading shows it. */
  groupName: GroupRow.shape.name,
  /** Sightings read on the page but not stored yet (the background refused or did not answer; they are retried). */
  waiting: PageStatus.shape.waiting,
});
export const GetContentConfig = z.strictObject({ type: z.literal('getContentConfig') });
/** A post or comment's content as read, with ids and time as strict as the detectors take them. */
const SignalContent = PostContent.extend({
  memberId: MemberId,
  itemId: ItemId,
  postId: ItemId.optional(),
  at: IsoTime.optional(),
});
/**
 * Weak signals: what the posts and comments newly read on a group page say (utils/facebook/post-content.ts),
 * sent only while reading post contents is on. The background keeps fingerprints and short excerpts, never `text`.
 */
export const SubmitPostContents = z.strictObject({
  type: z.literal('submitPostContents'),
  url: FacebookUrl,
  groupId: GroupId,
  groupVanity: GroupId.optional(),
  pageKind: z.enum(['group-feed', 'group-post']),
  readAt: IsoTime,
  contents: z.array(SignalContent).min(1).max(500),
});

/** Messages only the extension's own pages (panel, popup) may send. */
export const UpdateSettings = z.strictObject({ type: z.literal('updateSettings'), patch: SettingsPatch });
export const ForgetMember = z.strictObject({
  type: z.literal('forgetMember'),
  groupId: GroupId,
  memberId: MemberId,
  /** Also keep a salted hash of the id, so this member's later sightings (and imported rows) are dropped. */
  neverRecordAgain: z.boolean().optional(),
});
export const ClearGroup = z.strictObject({ type: z.literal('clearGroup'), groupId: GroupId });
/** Removes a group marked as sample data (refused for any other group). */
export const RemoveSampleGroup = z.strictObject({ type: z.literal('removeSampleGroup'), groupId: GroupId });
/** The whole member log as one JSON text: for small logs. Large ones use `exportLogChunk`. */
export const ExportLog = z.strictObject({ type: z.literal('exportLog'), groupId: GroupId.optional() });
const RowsPerChunk = z.number().int().min(100).max(20_000).optional();
/** One chunk of the JSON member log; send again with the returned cursor until it is null. */
export const ExportLogChunk = z.strictObject({
  type: z.literal('exportLogChunk'),
  groupId: GroupId.optional(),
  cursor: ExportCursor.optional(),
  rowsPerChunk: RowsPerChunk,
});
/** One chunk of the members CSV (separator from the settings). */
export const ExportCsvChunk = z.strictObject({
  type: z.literal('exportCsvChunk'),
  groupId: GroupId.optional(),
  cursor: CsvCursor.optional(),
  rowsPerChunk: RowsPerChunk,
});
/** The largest member-log file Tend imports, in characters. */
export const IMPORT_MAX_CHARS = 512 * 1024 * 1024;
/**
 * A browser message holds at most 64 MiB, and a 100,000-member log is larger: a file longer than this goes to the
 * background in parts (`uploadImportPart`) first, and the preview or import then names the upload. Even if every
 * character were escaped six times over in the message, a part stays under the limit.
 */
export const IMPORT_PART_CHARS = 4 * 1024 * 1024;
export const IMPORT_MAX_PARTS = IMPORT_MAX_CHARS / IMPORT_PART_CHARS;
const UploadId = z.uuid();
export const UploadImportPart = z.strictObject({
  type: z.literal('uploadImportPart'),
  uploadId: UploadId,
  index: z
    .number()
    .int()
    .min(0)
    .max(IMPORT_MAX_PARTS - 1),
  total: z.number().int().min(1).max(IMPORT_MAX_PARTS),
  text: z.string().max(IMPORT_PART_CHARS),
});
/** A member-log file: its text, or the upload that brought it in parts. */
const importSource = { text: z.string().max(IMPORT_MAX_CHARS).optional(), uploadId: UploadId.optional() };
const oneSource = [
  (message: { text?: string; uploadId?: string }) =>
    (message.text === undefined) !== (message.uploadId === undefined),
  { message: 'give either the file text or an upload id' },
] as const;
/** A preview writes nothing; apply writes all of it or nothing. */
export const PreviewImport = z
  .strictObject({ type: z.literal('previewImport'), ...importSource })
  .refine(...oneSource);
export const ApplyImport = z
  .strictObject({ type: z.literal('applyImport'), ...importSource })
  .refine(...oneSource);
export const SetCurrentGroup = z.strictObject({ type: z.literal('setCurrentGroup'), groupId: GroupId });
export const AddNote = z.strictObject({
  type: z.literal('addNote'),
  groupId: GroupId,
  memberId: MemberId,
  text: NoteRow.shape.text,
  /** Defaults to the admin name in the settings. */
  author: NoteRow.shape.author.optional(),
});
export const DeleteNote = z.strictObject({ type: z.literal('deleteNote'), id: NoteRow.shape.id });
/** Onboarding actions; `by` defaults to the admin name in the settings. The shape of utils/onboarding's markItem. */
export const MarkOnboarding = z.strictObject({
  type: z.literal('markOnboarding'),
  entries: z
    .array(z.strictObject({ ...OnboardingEntry.shape, by: OnboardingEntry.shape.by.optional() }))
    .min(1)
    .max(5_000),
});
export const SaveTemplate = z.strictObject({ type: z.literal('saveTemplate'), template: Template });
export const DeleteTemplate = z.strictObject({ type: z.literal('deleteTemplate'), id: Template.shape.id });
/** The admin's answer to a weak signal: done, dismissed, snoozed until a time, or open again. */
export const SetSignalState = z
  .strictObject({
    type: z.literal('setSignalState'),
    key: z.string().min(1).max(500),
    state: SignalState,
    until: IsoTime.optional(),
  })
  .refine((message) => (message.state === 'snoozed') === (message.until !== undefined), {
    message: 'a snooze needs "until", and only a snooze has one',
    path: ['until'],
  });

export const ContentScriptMessage = z.discriminatedUnion('type', [
  SubmitSightings,
  ReportPageStatus,
  GetContentConfig,
  SubmitPostContents,
]);
export const ExtensionPageMessage = z.discriminatedUnion('type', [
  SubmitSightings,
  ReportPageStatus,
  GetContentConfig,
  SubmitPostContents,
  UpdateSettings,
  ForgetMember,
  ClearGroup,
  RemoveSampleGroup,
  ExportLog,
  ExportLogChunk,
  ExportCsvChunk,
  UploadImportPart,
  PreviewImport,
  ApplyImport,
  SetCurrentGroup,
  AddNote,
  DeleteNote,
  MarkOnboarding,
  SaveTemplate,
  DeleteTemplate,
  SetSignalState,
]);
export type ContentScriptMessage = z.infer<typeof ContentScriptMessage>;
export type ExtensionPageMessage = z.infer<typeof ExtensionPageMessage>;
export type Message = ExtensionPageMessage;
export type MessageType = Message['type'];

/** What each message answers with, when it succeeds. */
export interface Responses {
  submitSightings: { added: number; updated: number };
  reportPageStatus: null;
  getContentConfig: ContentConfig;
  /** Signals raised or raised again by these contents. */
  submitPostContents: { signals: number };
  updateSettings: Settings;
  forgetMember: ForgetResult;
  clearGroup: ClearGroupResult;
  removeSampleGroup: ClearGroupResult;
  exportLog: { fileName: string; text: string };
  exportLogChunk: { fileName: string; chunk: ExportChunk };
  exportCsvChunk: { fileName: string; chunk: CsvChunk };
  uploadImportPart: { received: number; total: number };
  previewImport: ImportPreview;
  applyImport: ImportPreview;
  setCurrentGroup: null;
  addNote: NoteRow;
  deleteNote: { deleted: boolean };
  markOnboarding: { added: number; unchanged: number };
  saveTemplate: { id: string };
  deleteTemplate: { deleted: boolean };
  setSignalState: { key: string; state: SignalState };
}

/** A refusal of `submitSightings` for some of its sightings names them (`invalid`: their indices), so the rest can be sent again. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; invalid?: number[] };

/** Who sent a message: the extension's own pages, a content script on facebook.com, or nobody we answer. */
export type SenderRole = 'extension-page' | 'facebook-content' | 'refused';

export interface SenderFacts {
  id?: string;
  url?: string;
  /** The tab a message came from, when it came from one (a content script's page, a panel opened as a tab). */
  tabId?: number;
  /** The address that tab shows now: it follows Facebook's in-place navigation, which `url` does not. */
  tabUrl?: string;
}

export function senderRole(sender: SenderFacts, ownId: string, ownOrigin: string): SenderRole {
  if (sender.id !== ownId || !sender.url) return 'refused';
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return 'refused';
  }
  if (origin === new URL(ownOrigin).origin) return 'extension-page';
  if (FacebookUrl.safeParse(sender.url).success) return 'facebook-content';
  return 'refused';
}

/**
 * Asked by Tend's own pages of the content script in a facebook.com tab (through `tabs.sendMessage`): an anonymised
 * copy of the page it shows, for a bug report (utils/facebook/anonymise.ts). Answered only for `mayAskForPageCopy`.
 */
export const PageCopyRequest = z.strictObject({ type: z.literal('anonymisedPageCopy') });
export const PageCopy = z.strictObject({
  fileName: z.string().regex(/^[a-z0-9-]{1,100}\.html$/),
  html: z.string().max(IMPORT_MAX_CHARS),
});
export type PageCopy = z.infer<typeof PageCopy>;
/** Only the extension's own pages may ask for a page copy: never a content script, never a web page. */
export const mayAskForPageCopy = (sender: SenderFacts, ownId: string, ownOrigin: string): boolean =>
  senderRole(sender, ownId, ownOrigin) === 'extension-page';

/** Parses a message for a sender role; anything else is refused with a reason. */
export function parseMessage(
  role: SenderRole,
  raw: unknown,
): { ok: true; message: Message } | { ok: false; error: string } {
  if (role === 'refused') return { ok: false, error: 'refused: unknown sender' };
  const schema = role === 'extension-page' ? ExtensionPageMessage : ContentScriptMessage;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, message: parsed.data };
  if (role === 'facebook-content' && ExtensionPageMessage.safeParse(raw).success) {
    return { ok: false, error: 'refused: not allowed from a web page' };
  }
  return { ok: false, error: `refused: malformed message (${z.prettifyError(parsed.error).slice(0, 300)})` };
}
