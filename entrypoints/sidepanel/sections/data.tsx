import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '@/components/download';
import { useUiLanguage } from '@/components/LanguageProvider';
import type { CsvCursor, ExportCursor } from '@/storage/export';
import { IMPORTED_TABLES, type ImportPreview } from '@/storage/import';
import { formatNumber } from '@/utils/format';
import { send } from '@/utils/messaging';
import { sendImportFile } from '../import-file';
import type { SectionProps } from './registry';

type Scope = 'group' | 'all';

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
type Format = 'json' | 'csv';

/** Export (chunked, with progress), import (preview first, then all or nothing), and clearing a group. */
export function DataSection({ groupId }: SectionProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const scopeId = useId();
  const formatId = useId();
  const fileId = useId();
  const [scope, setScope] = useState<Scope>(groupId ? 'group' : 'all');
  const [format, setFormat] = useState<Format>('json');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState<{ text: string; preview: ImportPreview; fileName: string } | null>(
    null,
  );
  const [confirmClear, setConfirmClear] = useState(false);

  const fail = (error: unknown) =>
    setStatus({
      ok: false,
      text: t('common.error', { message: error instanceof Error ? error.message : String(error) }),
    });

  const runExport = async () => {
    setStatus(null);
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
      setStatus({ ok: true, text: t('data.exported', { fileName }) });
    } catch (error) {
      fail(error);
    } finally {
      setProgress(null);
    }
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    setStatus(null);
    setPending(null);
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const text = await file.text();
      const preview = await sendImportFile(send, 'previewImport', text);
      setPending({ text, preview, fileName: file.name });
    } catch (error) {
      fail(error);
    }
  };

  const applyImport = async () => {
    if (!pending) return;
    try {
      await sendImportFile(send, 'applyImport', pending.text);
      setStatus({ ok: true, text: t('data.imported', { fileName: pending.fileName }) });
      setPending(null);
    } catch (error) {
      fail(error);
    }
  };

  const clearGroup = async () => {
    if (!groupId) return;
    try {
      const result = await send({ type: 'clearGroup', groupId });
      setStatus({ ok: true, text: t('data.cleared', { groupId, ...result }) });
      setConfirmClear(false);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div className="data">
      <h3>{t('data.exportTitle')}</h3>
      <p className="help">{t('data.exportHelp')}</p>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={scopeId}>{t('data.scope')}</label>
          <select id={scopeId} value={scope} onChange={(event) => setScope(event.target.value as Scope)}>
            {groupId && <option value="group">{t('data.thisGroup', { groupId })}</option>}
            <option value="all">{t('data.allGroups')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={formatId}>{t('data.format')}</label>
          <select id={formatId} value={format} onChange={(event) => setFormat(event.target.value as Format)}>
            <option value="json">{t('data.json')}</option>
            <option value="csv">{t('data.csv')}</option>
          </select>
        </div>
      </div>
      <button type="button" className="primary" disabled={progress !== null} onClick={() => void runExport()}>
        {t('data.export')}
      </button>
      {progress && (
        <p>
          <progress max={progress.total || 1} value={progress.done} aria-label={t('data.progress')} />{' '}
          {t('data.progressText', {
            done: formatNumber(progress.done, language),
            total: formatNumber(progress.total, language),
          })}
        </p>
      )}

      <h3>{t('data.importTitle')}</h3>
      <p className="help">{t('data.importHelp')}</p>
      <div className="field">
        <label htmlFor={fileId}>{t('data.chooseFile')}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void chooseFile(event)}
        />
      </div>
      {pending && (
        <div className="import-preview" role="group" aria-label={t('data.previewTitle')}>
          <h4>{t('data.previewTitle')}</h4>
          <p>
            {t('data.previewIntro', {
              fileName: pending.fileName,
              groups: pending.preview.groupIds.join(', '),
            })}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('data.table')}</th>
                <th scope="col">{t('data.added')}</th>
                <th scope="col">{t('data.updated')}</th>
                <th scope="col">{t('data.unchanged')}</th>
              </tr>
            </thead>
            <tbody>
              {IMPORTED_TABLES.map((table) => (
                <tr key={table}>
                  <th scope="row">{t(`data.tables.${table}`)}</th>
                  <td>{pending.preview.changes[table].added}</td>
                  <td>{pending.preview.changes[table].updated}</td>
                  <td>{pending.preview.changes[table].unchanged}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {pending.preview.mergedGroups.map(({ from, into }) => (
            <p key={from}>{t('data.mergedGroup', { from, into })}</p>
          ))}
          {pending.preview.skippedForgotten > 0 && (
            <p>{t('data.skippedForgotten', { count: pending.preview.skippedForgotten })}</p>
          )}
          <div className="actions">
            <button type="button" className="primary" onClick={() => void applyImport()}>
              {t('data.apply')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}

      {groupId && (
        <>
          <h3>{t('data.clearTitle')}</h3>
          {!confirmClear ? (
            <button type="button" onClick={() => setConfirmClear(true)}>
              {t('data.clear', { groupId })}
            </button>
          ) : (
            <div className="confirm" role="group" aria-label={t('data.clearTitle')}>
              <p>{t('data.clearExplain', { groupId })}</p>
              <div className="actions">
                <button type="button" className="primary" onClick={() => void clearGroup()}>
                  {t('data.clearConfirm')}
                </button>
                <button type="button" onClick={() => setConfirmClear(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
      <p role="status" className={status?.ok === false ? 'error' : 'saved'}>
        {status?.text}
      </p>
    </div>
  );
}
