import { useDeferredValue, useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useUiLanguage } from '@/components/LanguageProvider';
import { useNow } from '@/components/useNow';
import { TemplateEditor } from '@/components/TemplateEditor';
import { TemplateItem } from '@/components/TemplateItem';
import { TemplateMemberPicker } from '@/components/TemplateMemberPicker';
import {
  blankDraft,
  draftOf,
  newTemplateId,
  planImport,
  readCustomTemplates,
  readLastUsed,
  recordUse,
  situationsOf,
  templateFileName,
  type TemplateDraft,
} from '@/components/TemplateModel';
import '@/components/onboarding.css';
import { db } from '@/storage/db';
import { useSettings } from '@/storage/live';
import { searchMembersByName } from '@/storage/queries';
import type { MemberRow } from '@/storage/schema';
import { send } from '@/utils/messaging';
import { duplicateTemplate, searchTemplates } from '@/utils/templates/catalog';
import { defaultLibrary } from '@/utils/templates/library';
import {
  Lang,
  Register,
  buildTemplateSetFile,
  describeImportFailure,
  parseTemplateSetText,
  situationLabel,
  templateTitle,
  type Template,
} from '@/utils/templates/schema';
import { useGroupRow } from '../data';
import { useLatestNotes } from '../members-data';
import type { SectionProps } from './registry';

export interface TemplateLibrary {
  builtIns: Template[];
  custom: Template[];
  /** Built-ins first, then the admin's own. */
  templates: Template[];
  /** Stored rows that no longer parse; left out and counted. */
  unreadable: number;
}

/** Tend's built-in templates and the admin's own, live; `undefined` while loading. */
export function useTemplateLibrary(): TemplateLibrary | undefined {
  const rows = useLiveQuery(() => db().templates.toArray(), []);
  return useMemo(() => {
    if (!rows) return undefined;
    const builtIns = defaultLibrary();
    const { templates: custom, unreadable } = readCustomTemplates(rows);
    return { builtIns, custom, templates: [...builtIns, ...custom], unreadable };
  }, [rows]);
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Offers a text as a file download through a Blob URL and an `<a download>`; nothing leaves the browser. */
function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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
  const ids = {
    search: useId(),
    searchHint: useId(),
    situation: useId(),
    language: useId(),
    importFile: useId(),
  };
  const [text, setText] = useState('');
  const [situation, setSituation] = useState('');
  const [chosenLang, setChosenLang] = useState<Lang | undefined>(undefined);
  const [chosenRegister, setChosenRegister] = useState<Register | undefined>(undefined);
  const [memberQuery, setMemberQuery] = useState('');
  const [member, setMember] = useState<MemberRow | null>(null);
  const [editing, setEditing] = useState<{ draft: TemplateDraft; isNew: boolean } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string; details?: string[] } | null>(null);
  const [lastUsed, setLastUsed] = useState(() => readLastUsed(localStorage));
  const deferredQuery = useDeferredValue(memberQuery);
  const found = useLiveQuery(
    async () =>
      groupId && deferredQuery.trim() ? searchMembersByName(db(), groupId, deferredQuery, 20) : null,
    [groupId, deferredQuery],
  );
  // The member belongs to the group the panel follows; a switch of group clears the choice.
  const chosenMember = member && member.groupId === groupId ? member : null;
  // Notes stay in view while choosing whom a reply is for ("asked for help by private message" matters).
  const noteMemberIds = useMemo(
    () => [
      ...(chosenMember ? [chosenMember.memberId] : []),
      ...(found?.members ?? []).map((m) => m.memberId),
    ],
    [chosenMember, found],
  );
  const notesByMember = useLatestNotes(groupId, noteMemberIds);
  const lang = chosenLang ?? uiLanguage;
  const register = chosenRegister ?? settings?.onboarding.frenchRegister ?? 'vous';
  const shown = useMemo(
    () =>
      library
        ? searchTemplates(library.templates, {
            text,
            ...(situation ? { situation } : {}),
            lang: uiLanguage,
            lastUsed,
          })
        : [],
    [library, text, situation, uiLanguage, lastUsed],
  );

  if (!settings || !library) return null;
  const allowAnswers = settings.memberRequests.read && settings.memberRequests.readAnswers;
  const situations = situationsOf(library.templates);

  const save = async (template: Template) => {
    try {
      await send({ type: 'saveTemplate', template });
      setEditing(null);
      setStatus({ ok: true, text: t('replies.saved', { title: templateTitle(template, uiLanguage) }) });
    } catch (error) {
      setStatus({ ok: false, text: t('replies.failed', { message: errorText(error) }) });
    }
  };
  const duplicate = async (template: Template) => {
    const copy = duplicateTemplate(template, newTemplateId(), new Date());
    try {
      await send({ type: 'saveTemplate', template: copy });
      setStatus({ ok: true, text: t('replies.duplicated', { title: templateTitle(copy, uiLanguage) }) });
      setEditing({ draft: draftOf(copy), isNew: false });
    } catch (error) {
      setStatus({ ok: false, text: t('replies.failed', { message: errorText(error) }) });
    }
  };
  const remove = async (template: Template) => {
    try {
      await send({ type: 'deleteTemplate', id: template.id });
      setDeleting(null);
      setStatus({ ok: true, text: t('replies.deleted', { title: templateTitle(template, uiLanguage) }) });
    } catch (error) {
      setStatus({ ok: false, text: t('replies.failed', { message: errorText(error) }) });
    }
  };
  const exportAll = () => {
    if (library.custom.length === 0) {
      setStatus({ ok: false, text: t('replies.exportNone') });
      return;
    }
    const exportedAt = new Date();
    const file = buildTemplateSetFile(library.custom, exportedAt);
    downloadText(`${JSON.stringify(file, null, 2)}\n`, templateFileName(exportedAt));
    setStatus({ ok: true, text: t('replies.exported', { count: library.custom.length }) });
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseTemplateSetText(await file.text());
    if (!parsed.ok) {
      setStatus({
        ok: false,
        text: describeImportFailure(parsed.problems, uiLanguage),
        details: parsed.problems.map(
          (problem) => (problem.where ? `${problem.where}: ` : '') + problem.detail,
        ),
      });
      return;
    }
    const plan = planImport(parsed.templates, library.builtIns, library.custom, new Date());
    // All or nothing: each template is saved in turn; if one fails, what was written is undone.
    const before = new Map(library.custom.map((template) => [template.id, template]));
    const written: string[] = [];
    try {
      for (const template of plan.save) {
        await send({ type: 'saveTemplate', template });
        written.push(template.id);
      }
    } catch (error) {
      for (const id of written) {
        const previous = before.get(id);
        await (
          previous ? send({ type: 'saveTemplate', template: previous }) : send({ type: 'deleteTemplate', id })
        ).catch(() => undefined);
      }
      setStatus({ ok: false, text: t('replies.importFailed', { message: errorText(error) }) });
      return;
    }
    setStatus({
      ok: true,
      text: t('replies.imported', { added: plan.added, replaced: plan.replaced, skipped: plan.skipped }),
    });
  };
  const copied = (template: Template) => setLastUsed(recordUse(localStorage, template.id, new Date()));

  return (
    <div className="templates">
      <p className="help">{t('replies.intro')}</p>
      <div className="templates-toolbar">
        <div className="field">
          <label htmlFor={ids.search}>{t('replies.search')}</label>
          <input
            id={ids.search}
            type="search"
            value={text}
            aria-describedby={ids.searchHint}
            onChange={(event) => setText(event.target.value)}
          />
          <span id={ids.searchHint} className="help">
            {t('replies.searchHint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={ids.situation}>{t('replies.situation')}</label>
          <select id={ids.situation} value={situation} onChange={(event) => setSituation(event.target.value)}>
            <option value="">{t('replies.allSituations')}</option>
            {situations.map((id) => (
              <option key={id} value={id}>
                {situationLabel(id, uiLanguage)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.language}>{t('replies.language')}</label>
          <select
            id={ids.language}
            value={lang}
            onChange={(event) => setChosenLang(Lang.parse(event.target.value))}
          >
            {Lang.options.map((option) => (
              <option key={option} value={option}>
                {t(`replies.languageName.${option}`)}
              </option>
            ))}
          </select>
        </div>
        {lang === 'fr' && (
          <fieldset className="field">
            <legend>{t('replies.register')}</legend>
            {Register.options.map((option) => (
              <label key={option} className="inline">
                <input
                  type="radio"
                  name="replies-register"
                  value={option}
                  checked={register === option}
                  onChange={() => setChosenRegister(option)}
                />{' '}
                {t(`replies.registers.${option}`)}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      <TemplateMemberPicker
        query={memberQuery}
        onQuery={setMemberQuery}
        results={found?.members}
        more={found?.more ?? false}
        chosen={chosenMember}
        onPick={(picked) => {
          setMember(picked);
          setMemberQuery('');
        }}
        disabled={!groupId}
        notesByMember={notesByMember}
        language={uiLanguage}
      />
      <div className="templates-toolbar">
        <button
          type="button"
          className="primary"
          onClick={() => setEditing({ draft: blankDraft(newTemplateId()), isNew: true })}
        >
          {t('replies.create')}
        </button>
        <button type="button" onClick={exportAll}>
          {t('replies.exportAll')}
        </button>
        <span className="field">
          <label htmlFor={ids.importFile}>{t('replies.importFile')}</label>
          <input
            id={ids.importFile}
            type="file"
            accept="application/json,.json"
            onChange={(event) => void importFile(event)}
          />
        </span>
      </div>
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
      {library.unreadable > 0 && (
        <p className="banner warning">{t('replies.unreadable', { count: library.unreadable })}</p>
      )}
      {editing && (
        <TemplateEditor
          key={editing.draft.id}
          initial={editing.draft}
          isNew={editing.isNew}
          situations={situations}
          uiLanguage={uiLanguage}
          allowAnswers={allowAnswers}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      <p className="templates-count">{t('replies.count', { count: shown.length })}</p>
      <ul className="template-list" aria-label={t('replies.listLabel')}>
        {shown.map((template) => (
          <TemplateItem
            key={template.id}
            template={template}
            member={chosenMember}
            lang={lang}
            register={register}
            uiLanguage={uiLanguage}
            now={now}
            adminName={settings.adminName}
            groupName={groupName}
            allowAnswers={allowAnswers}
            lastUsedAt={lastUsed.get(template.id)}
            confirmingDelete={deleting === template.id}
            onCopied={copied}
            onEdit={(chosen) => setEditing({ draft: draftOf(chosen), isNew: false })}
            onDuplicate={(chosen) => void duplicate(chosen)}
            onAskDelete={(chosen) => setDeleting(chosen?.id ?? null)}
            onDelete={(chosen) => void remove(chosen)}
          />
        ))}
      </ul>
    </div>
  );
}
