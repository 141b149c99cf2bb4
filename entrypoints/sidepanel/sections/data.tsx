import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ClearGroup } from '@/components/ClearGroup';
import { DataExport, type ExportFormat, type ExportScope } from '@/components/DataExport';
import { ImportFileField, ImportPreviewCard } from '@/components/DataImport';
import { downloadText } from '@/components/download';
import { useUiLanguage } from '@/components/LanguageProvider';
import type { CsvCursor, ExportCursor } from '@/storage/export';
import type { ImportPreview } from '@/storage/import';
import { send } from '@/storage/messaging';
import { sendImportFile } from '../import-file';
import type { SectionProps } from './registry';
import { SharingSection } from './sharing';

interface ChunkReply<Cursor> {
  fileName: string;
  chunk: { text: string; next: Cursor | null; progress: { done: number; total: number } };
}

/** Asks the background for one chunk after another until the export is whole, reporting progress on the way. */
async function collectChunks<Cursor>(
  nextChunk: (cursor: Cursor | null) => Promise<ChunkReply<Cursor>>,
  onProgress: (progress: { done: number; total: number }) => void,
): Promise<{ fileName: string; parts: string[] }> {
  const parts: string[] = [];
  let cursor: Cursor | null = null;
  for (;;) {
    const reply = await nextChunk(cursor);
    parts.push(reply.chunk.text);
    onProgress(reply.chunk.progress);
    if (!reply.chunk.next) return { fileName: reply.fileName, parts };
    cursor = reply.chunk.next;
  }
}

/** The section's one status line, shared by export, import and clearing. */
interface Report {
  clear: () => void;
  done: (text: string) => void;
  fail: (error: unknown) => void;
}

/** Export (chunked, with progress), import (preview first, then all or nothing), and clearing a group. */
export function DataSection({ groupId }: SectionProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const report: Report = {
    clear: () => setStatus(null),
    done: (text) => setStatus({ ok: true, text }),
    fail: (error) =>
      setStatus({
        ok: false,
        text: t('common.error', { message: error instanceof Error ? error.message : String(error) }),
      }),
  };
  return (
    <div className="data">
      <ExportPart groupId={groupId} report={report} />
      <ImportPart report={report} />
      {groupId && <ClearPart groupId={groupId} report={report} />}
      <p role="status" className={status?.ok === false ? 'error' : 'saved'}>
        {status?.text}
      </p>
      <SharingSection groupId={groupId} />
    </div>
  );
}

function ExportPart({ groupId, report }: { groupId: string | null; report: Report }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [scope, setScope] = useState<ExportScope>(groupId ? 'group' : 'all');
  const [format, setFormat] = useState<ExportFormat>('json');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const runExport = async () => {
    report.clear();
    const target = scope === 'group' && groupId ? groupId : undefined;
    try {
      setProgress({ done: 0, total: 0 });
      const result =
        format === 'json'
          ? await collectChunks<ExportCursor>(
              (cursor) => send({ type: 'exportLogChunk', groupId: target, ...(cursor ? { cursor } : {}) }),
              setProgress,
            )
          : await collectChunks<CsvCursor>(
              (cursor) => send({ type: 'exportCsvChunk', groupId: target, ...(cursor ? { cursor } : {}) }),
              setProgress,
            );
      const { fileName } = result;
      downloadText(fileName, result.parts, format === 'json' ? 'application/json' : 'text/csv;charset=utf-8');
      report.done(t('data.exported', { fileName }));
    } catch (error) {
      report.fail(error);
    } finally {
      setProgress(null);
    }
  };

  return (
    <DataExport
      groupId={groupId}
      scope={scope}
      format={format}
      progress={progress}
      language={language}
      onScope={setScope}
      onFormat={setFormat}
      onExport={() => void runExport()}
    />
  );
}

function ImportPart({ report }: { report: Report }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ text: string; preview: ImportPreview; fileName: string } | null>(
    null,
  );

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    report.clear();
    setPending(null);
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const text = await file.text();
      const preview = await sendImportFile(send, 'previewImport', text);
      setPending({ text, preview, fileName: file.name });
    } catch (error) {
      report.fail(error);
    }
  };

  const applyImport = async () => {
    if (!pending) return;
    try {
      await sendImportFile(send, 'applyImport', pending.text);
      report.done(t('data.imported', { fileName: pending.fileName }));
      setPending(null);
    } catch (error) {
      report.fail(error);
    }
  };

  return (
    <>
      <ImportFileField onChoose={(event) => void chooseFile(event)} />
      {pending && (
        <ImportPreviewCard
          fileName={pending.fileName}
          preview={pending.preview}
          onApply={() => void applyImport()}
          onCancel={() => setPending(null)}
        />
      )}
    </>
  );
}

function ClearPart({ groupId, report }: { groupId: string; report: Report }) {
  const { t } = useTranslation();
  const [confirmClear, setConfirmClear] = useState(false);

  const clearGroup = async () => {
    try {
      const result = await send({ type: 'clearGroup', groupId });
      report.done(t('data.cleared', { groupId, ...result }));
      setConfirmClear(false);
    } catch (error) {
      report.fail(error);
    }
  };

  return (
    <ClearGroup
      groupId={groupId}
      confirming={confirmClear}
      onAsk={() => setConfirmClear(true)}
      onConfirm={() => void clearGroup()}
      onCancel={() => setConfirmClear(false)}
    />
  );
}
