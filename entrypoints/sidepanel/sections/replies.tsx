import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/components/LanguageProvider';
import { useNow } from '@/components/useNow';
import { TemplateEditor } from '@/components/TemplateEditor';
import { TemplateFilters } from '@/components/TemplateFilters';
import { TemplateItem } from '@/components/TemplateItem';
import { TemplateMemberPicker } from '@/components/TemplateMemberPicker';
import { TemplateSetBar, TemplateStatusLine } from '@/components/TemplateSetBar';
import { blankDraft, draftOf, newTemplateId, situationsOf } from '@/components/TemplateModel';
import '@/components/onboarding.css';
import { useSettings } from '@/storage/live';
import { useGroupRow } from '../data';
import {
  useReplyMember,
  useTemplateEdits,
  useTemplateFilters,
  useTemplateLibrary,
  useTemplateSetFiles,
  type TemplateStatus,
} from '../replies-data';
import type { SectionProps } from './registry';

/**
 * "Replies & templates": browse by situation, search, fill in for a member, copy with one click; create, edit,
 * duplicate and delete one's own templates; export and import template sets.
 */
export function RepliesSection({ groupId }: SectionProps) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const settings = useSettings();
  const now = useNow();
  const library = useTemplateLibrary();
  const groupName = useGroupRow(groupId)?.name;
  const [status, setStatus] = useState<TemplateStatus | null>(null);
  const filters = useTemplateFilters(library, uiLanguage, settings?.onboarding.frenchRegister ?? 'vous');
  const member = useReplyMember(groupId);
  const edits = useTemplateEdits(uiLanguage, setStatus);
  const files = useTemplateSetFiles(library, uiLanguage, setStatus);

  if (!settings || !library) return null;
  const allowAnswers = settings.memberRequests.read && settings.memberRequests.readAnswers;
  const situations = situationsOf(library.templates);

  return (
    <div className="templates">
      <p className="help">{t('replies.intro')}</p>
      <TemplateFilters
        text={filters.text}
        situation={filters.situation}
        situations={situations}
        lang={filters.lang}
        register={filters.register}
        uiLanguage={uiLanguage}
        onText={filters.setText}
        onSituation={filters.setSituation}
        onLang={filters.setLang}
        onRegister={filters.setRegister}
      />
      <TemplateMemberPicker
        query={member.query}
        onQuery={member.setQuery}
        results={member.found?.members}
        more={member.found?.more ?? false}
        chosen={member.chosen}
        onPick={member.pick}
        disabled={!groupId}
        notesByMember={member.notesByMember}
        language={uiLanguage}
      />
      <TemplateSetBar
        onCreate={() => edits.setEditing({ draft: blankDraft(newTemplateId()), isNew: true })}
        onExport={files.exportAll}
        onImport={(event) => void files.importFile(event)}
      />
      <TemplateStatusLine status={status} />
      {library.unreadable > 0 && (
        <p className="banner warning">{t('replies.unreadable', { count: library.unreadable })}</p>
      )}
      {edits.editing && (
        <TemplateEditor
          key={edits.editing.draft.id}
          initial={edits.editing.draft}
          isNew={edits.editing.isNew}
          situations={situations}
          uiLanguage={uiLanguage}
          allowAnswers={allowAnswers}
          onSave={edits.save}
          onCancel={() => edits.setEditing(null)}
        />
      )}
      <p className="templates-count">{t('replies.count', { count: filters.shown.length })}</p>
      <ul className="template-list" aria-label={t('replies.listLabel')}>
        {filters.shown.map((template) => (
          <TemplateItem
            key={template.id}
            template={template}
            member={member.chosen}
            lang={filters.lang}
            register={filters.register}
            uiLanguage={uiLanguage}
            now={now}
            adminName={settings.adminName}
            groupName={groupName}
            allowAnswers={allowAnswers}
            lastUsedAt={filters.lastUsed.get(template.id)}
            confirmingDelete={edits.deleting === template.id}
            onCopied={filters.copied}
            onEdit={(chosen) => edits.setEditing({ draft: draftOf(chosen), isNew: false })}
            onDuplicate={(chosen) => void edits.duplicate(chosen)}
            onAskDelete={(chosen) => edits.setDeleting(chosen?.id ?? null)}
            onDelete={(chosen) => void edits.remove(chosen)}
          />
        ))}
      </ul>
    </div>
  );
}
