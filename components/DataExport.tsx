import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';

export type ExportScope = 'group' | 'all';
export type ExportFormat = 'json' | 'csv';

interface DataExportProps {
  /** The group the panel follows; without one only "all groups" is offered. */
  groupId: string | null;
  scope: ExportScope;
  format: ExportFormat;
  /** Rows written so far while an export runs, else null. */
  progress: { done: number; total: number } | null;
  language: UiLanguage;
  onScope: (scope: ExportScope) => void;
  onFormat: (format: ExportFormat) => void;
  onExport: () => void;
}

/** The export's choices (this group or all, JSON or CSV), its button and its progress. */
export function DataExport({ groupId, scope, format, progress, language, ...on }: DataExportProps) {
  const { t } = useTranslation();
  const scopeId = useId();
  const formatId = useId();
  return (
    <>
      <h3>{t('data.exportTitle')}</h3>
      <p className="help">{t('data.exportHelp')}</p>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={scopeId}>{t('data.scope')}</label>
          <select
            id={scopeId}
            value={scope}
            onChange={(event) => on.onScope(event.target.value as ExportScope)}
          >
            {groupId && <option value="group">{t('data.thisGroup', { groupId })}</option>}
            <option value="all">{t('data.allGroups')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={formatId}>{t('data.format')}</label>
          <select
            id={formatId}
            value={format}
            onChange={(event) => on.onFormat(event.target.value as ExportFormat)}
          >
            <option value="json">{t('data.json')}</option>
            <option value="csv">{t('data.csv')}</option>
          </select>
        </div>
      </div>
      <button type="button" className="primary" disabled={progress !== null} onClick={on.onExport}>
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
    </>
  );
}
