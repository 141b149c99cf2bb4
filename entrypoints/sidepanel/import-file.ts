/**
 * A member-log file goes to the background for a preview or an import: whole when it fits one message, else in
 * parts first (a browser message holds at most 64 MiB; see `IMPORT_PART_CHARS`).
 */
import { IMPORT_MAX_CHARS, IMPORT_PART_CHARS, type Message, type Responses } from '@/storage/messages';

type Send = <M extends Message>(message: M) => Promise<Responses[M['type']]>;

/** Where to cut `text` near `end` without splitting a surrogate pair (an emoji in a name). */
function cutAt(text: string, end: number): number {
  if (end >= text.length) return text.length;
  const code = text.charCodeAt(end);
  return code >= 0xdc00 && code <= 0xdfff ? end - 1 : end;
}

/** `text` in parts of at most `size` characters, no surrogate pair split across two parts. */
export function partsOf(text: string, size = IMPORT_PART_CHARS): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length;) {
    const end = cutAt(text, start + size);
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

export async function sendImportFile<T extends 'previewImport' | 'applyImport'>(
  send: Send,
  type: T,
  text: string,
): Promise<Responses[T]> {
  if (text.length > IMPORT_MAX_CHARS) throw new Error('This file is too large to import.');
  if (text.length <= IMPORT_PART_CHARS) return send({ type, text } as Extract<Message, { type: T }>);
  const uploadId = crypto.randomUUID();
  const parts = partsOf(text);
  for (const [index, part] of parts.entries())
    await send({ type: 'uploadImportPart', uploadId, index, total: parts.length, text: part });
  return send({ type, uploadId } as Extract<Message, { type: T }>);
}
