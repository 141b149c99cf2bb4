/**
 * Tend's one message protocol. Every message is validated with zod where it is received, and who may send it is
 * decided by the sender (its extension id and the origin of its URL), never by the message itself.
 */
import { z } from 'zod';
import { GroupId, IsoTime, MemberId, PageHealth, PageKind, Sighting } from './schema';
import { ContentConfig, SettingsPatch, type Settings } from './settings';

const FacebookUrl = z.url({ protocol: /^https$/, hostname: /^([a-z0-9-]+\.)*facebook\.com$/ }).max(2_000);

/** Messages a facebook.com content script may send. */
export const SubmitSightings = z.strictObject({
  type: z.literal('submitSightings'),
  url: FacebookUrl,
  groupId: GroupId,
  pageKind: PageKind,
  readAt: IsoTime,
  sightings: z.array(Sighting).min(1).max(5_000),
});
export const ReportPageStatus = z.strictObject({
  type: z.literal('reportPageStatus'),
  url: FacebookUrl,
  groupId: GroupId.nullable(),
  pageKind: PageKind,
  health: PageHealth,
  readAt: IsoTime,
  /** The page is the one the admin looks at (visible tab); it becomes the panel's current group. */
  visible: z.boolean(),
});
export const GetContentConfig = z.strictObject({ type: z.literal('getContentConfig') });

/** Messages only the extension's own pages (panel, popup) may send. */
export const UpdateSettings = z.strictObject({ type: z.literal('updateSettings'), patch: SettingsPatch });
export const ForgetMember = z.strictObject({
  type: z.literal('forgetMember'),
  groupId: GroupId,
  memberId: MemberId,
});
export const ClearGroup = z.strictObject({ type: z.literal('clearGroup'), groupId: GroupId });
export const ExportLog = z.strictObject({ type: z.literal('exportLog'), groupId: GroupId.optional() });
export const SetCurrentGroup = z.strictObject({ type: z.literal('setCurrentGroup'), groupId: GroupId });

export const ContentScriptMessage = z.discriminatedUnion('type', [
  SubmitSightings,
  ReportPageStatus,
  GetContentConfig,
]);
export const ExtensionPageMessage = z.discriminatedUnion('type', [
  SubmitSightings,
  ReportPageStatus,
  GetContentConfig,
  UpdateSettings,
  ForgetMember,
  ClearGroup,
  ExportLog,
  SetCurrentGroup,
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
  updateSettings: Settings;
  forgetMember: { removedSightings: number };
  clearGroup: { removedMembers: number };
  exportLog: { fileName: string; text: string };
  setCurrentGroup: null;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Who sent a message: the extension's own pages, a content script on facebook.com, or nobody we answer. */
export type SenderRole = 'extension-page' | 'facebook-content' | 'refused';

export interface SenderFacts {
  id?: string;
  url?: string;
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
