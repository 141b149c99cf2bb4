import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface TemplateSetBarProps {
  onCreate: () => void;
  onExport: () => void;
  onImport: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** New template, export of the admin's own templates, and import of a template set file. */
export function TemplateSetBar({ onCreate, onExport, onImport }: TemplateSetBarProps) {
  const { t } = useTranslation();
  const importId = useId();
  return (
    <div className="templates-toolbar">
      <button type="button" className="primary" onClick={onCreate}>
        {t('replies.create')}
      </button>
      <button type="button" onClick={onExport}>
        {t('replies.exportAll')}
      </button>
      <span className="field">
        <label htmlFor={importId}>{t('replies.importFile')}</label>
        <input id={importId} type="file" accept="application/json,.json" onChange={onImport} />
      </span>
    </div>
  );
}

/** The section's status line: what the last change did, or why it failed with the details (an import's problems). */
export function TemplateStatusLine({
  status,
}: {
  status: { ok: boolean; text: string; details?: string[] } | null;
}) {
  return (
    <div role="status" aria-live="polite" className={status?.ok === false ? 'error' : 'templates-status'}>
      {status && <p>{status.text}</p>}
      {status?.details && status.details.length > 0 && (
        <ul>
          {status.details.map((detail, index) => (
            <li key={index}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
