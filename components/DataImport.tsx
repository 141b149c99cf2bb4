import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORTED_TABLES, type ImportPreview } from '@/storage/import';

/** The file field of the import; choosing a file asks for its preview. */
export function ImportFileField({ onChoose }: { onChoose: (event: ChangeEvent<HTMLInputElement>) => void }) {
  const { t } = useTranslation();
  const fileId = useId();
  return (
    <>
      <h3>{t('data.importTitle')}</h3>
      <p className="help">{t('data.importHelp')}</p>
      <div className="field">
        <label htmlFor={fileId}>{t('data.chooseFile')}</label>
        <input id={fileId} type="file" accept=".json,application/json" onChange={onChoose} />
      </div>
    </>
  );
}

interface ImportPreviewCardProps {
  fileName: string;
  preview: ImportPreview;
  onApply: () => void;
  onCancel: () => void;
}

/** What an import would change, table by table, before anything is written; then Apply or Cancel. */
export function ImportPreviewCard({ fileName, preview, onApply, onCancel }: ImportPreviewCardProps) {
  const { t } = useTranslation();
  return (
    <div className="import-preview" role="group" aria-label={t('data.previewTitle')}>
      <h4>{t('data.previewTitle')}</h4>
      <p>{t('data.previewIntro', { fileName, groups: preview.groupIds.join(', ') })}</p>
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
              <td>{preview.changes[table].added}</td>
              <td>{preview.changes[table].updated}</td>
              <td>{preview.changes[table].unchanged}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.mergedGroups.map(({ from, into }) => (
        <p key={from}>{t('data.mergedGroup', { from, into })}</p>
      ))}
      {preview.skippedForgotten > 0 && (
        <p>{t('data.skippedForgotten', { count: preview.skippedForgotten })}</p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={onApply}>
          {t('data.apply')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
