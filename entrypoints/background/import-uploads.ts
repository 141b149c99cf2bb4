/**
 * Member-log files too large for one browser message arrive in parts (see `IMPORT_PART_CHARS`). Parts wait here,
 * in the background's memory only, until the preview or the import that names their upload takes the whole text;
 * an upload is used once (the panel sends the file again to import it after the preview). A new upload drops any
 * other still waiting beyond the newest two, so an abandoned one does not hold memory for long.
 */
import type { z } from 'zod';
import { TendError } from '@/storage/errors';
import { IMPORT_MAX_CHARS, type UploadImportPart } from '@/storage/messages';

interface Upload {
  parts: (string | undefined)[];
  received: number;
  chars: number;
}

const KEPT_UPLOADS = 2;

type ImportPart = Omit<z.infer<typeof UploadImportPart>, 'type'>;

export class ImportUploads {
  private readonly uploads = new Map<string, Upload>();

  add({ uploadId, index, total, text }: ImportPart): { received: number; total: number } {
    let upload = this.uploads.get(uploadId);
    if (!upload) {
      upload = { parts: new Array<string | undefined>(total).fill(undefined), received: 0, chars: 0 };
      this.uploads.set(uploadId, upload);
      for (const older of [...this.uploads.keys()].slice(0, -KEPT_UPLOADS)) this.uploads.delete(older);
    }
    if (total !== upload.parts.length || index >= total) {
      this.uploads.delete(uploadId);
      throw new TendError('The parts of this file do not fit together; choose the file again.');
    }
    const previous = upload.parts[index];
    upload.chars += text.length - (previous?.length ?? 0);
    if (upload.chars > IMPORT_MAX_CHARS) {
      this.uploads.delete(uploadId);
      throw new TendError('This file is too large to import.');
    }
    if (previous === undefined) upload.received += 1;
    upload.parts[index] = text;
    return { received: upload.received, total };
  }

  /** The whole text of a complete upload, which is then forgotten. */
  take(uploadId: string): string {
    const upload = this.uploads.get(uploadId);
    if (!upload || upload.received < upload.parts.length)
      throw new TendError('Part of this file did not arrive; choose the file again.');
    this.uploads.delete(uploadId);
    return upload.parts.join('');
  }
}
