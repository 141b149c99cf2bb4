/**
 * The replies section's data: the template library (built-ins and the admin's own, live), the member a reply is
 * for, and the admin's changes to their templates (save, duplicate, delete, export and import a set), each
 * reported in the section's status line.
 */
import { useDeferredValue, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  draftOf,
  newTemplateId,
  planImport,
  readCustomTemplates,
  readLastUsed,
  recordUse,
  templateFileName,
  type TemplateDraft,
} from '@/components/TemplateModel';
import { db } from '@/storage/db';
import { searchMembersByName } from '@/storage/queries';
import type { MemberRow } from '@/storage/schema';
import type { UiLanguage } from '@/utils/i18n';
import { send } from '@/storage/messaging';
import { duplicateTemplate, searchTemplates } from '@/utils/templates/catalog';
import { defaultLibrary } from '@/utils/templates/library';
import {
  buildTemplateSetFile,
  describeImportFailure,
  parseTemplateSetText,
  templateTitle,
  type Lang,
  type Register,
  type Template,
} from '@/utils/templates/schema';
import { useLatestNotes } from './members-data';

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

/**
 * Which templates are listed (search, situation; the last copied first) and how they are filled in (language, French
 * register, by default the panel's language and the onboarding setting). When each was last copied is kept in
 * localStorage.
 */
export function useTemplateFilters(
  library: TemplateLibrary | undefined,
  uiLanguage: UiLanguage,
  defaultRegister: Register,
) {
  const [text, setText] = useState('');
  const [situation, setSituation] = useState('');
  const [chosenLang, setLang] = useState<Lang | undefined>(undefined);
  const [chosenRegister, setRegister] = useState<Register | undefined>(undefined);
  const [lastUsed, setLastUsed] = useState(() => readLastUsed(localStorage));
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
  const copied = (template: Template) => setLastUsed(recordUse(localStorage, template.id, new Date()));
  const lang = chosenLang ?? uiLanguage;
  const register = chosenRegister ?? defaultRegister;
  return {
    text,
    setText,
    situation,
    setSituation,
    lang,
    setLang,
    register,
    setRegister,
    shown,
    lastUsed,
    copied,
  };
}

/** The member a reply is for: a name search in the group the panel follows, the pick, and their latest notes. */
export function useReplyMember(groupId: string | null) {
  const [query, setQuery] = useState('');
  const [member, setMember] = useState<MemberRow | null>(null);
  const deferredQuery = useDeferredValue(query);
  const found = useLiveQuery(
    async () =>
      groupId && deferredQuery.trim() ? searchMembersByName(db(), groupId, deferredQuery, 20) : null,
    [groupId, deferredQuery],
  );
  // The member belongs to the group the panel follows; a switch of group clears the choice.
  const chosen = member && member.groupId === groupId ? member : null;
  // Notes stay in view while choosing whom a reply is for ("asked for help by private message" matters).
  const noteMemberIds = useMemo(
    () => [...(chosen ? [chosen.memberId] : []), ...(found?.members ?? []).map((m) => m.memberId)],
    [chosen, found],
  );
  const notesByMember = useLatestNotes(groupId, noteMemberIds);
  const pick = (picked: MemberRow | null) => {
    setMember(picked);
    setQuery('');
  };
  return { query, setQuery, found, chosen, pick, notesByMember };
}

export interface TemplateStatus {
  ok: boolean;
  text: string;
  details?: string[];
}
type Report = (status: TemplateStatus) => void;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Saving, duplicating and deleting one of the admin's templates, with the editor and the delete confirmation. */
export function useTemplateEdits(uiLanguage: UiLanguage, report: Report) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ draft: TemplateDraft; isNew: boolean } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const failed = (error: unknown) =>
    report({ ok: false, text: t('replies.failed', { message: errorText(error) }) });

  const save = async (template: Template) => {
    try {
      await send({ type: 'saveTemplate', template });
      setEditing(null);
      report({ ok: true, text: t('replies.saved', { title: templateTitle(template, uiLanguage) }) });
    } catch (error) {
      failed(error);
    }
  };
  const duplicate = async (template: Template) => {
    const copy = duplicateTemplate(template, newTemplateId(), new Date());
    try {
      await send({ type: 'saveTemplate', template: copy });
      report({ ok: true, text: t('replies.duplicated', { title: templateTitle(copy, uiLanguage) }) });
      setEditing({ draft: draftOf(copy), isNew: false });
    } catch (error) {
      failed(error);
    }
  };
  const remove = async (template: Template) => {
    try {
      await send({ type: 'deleteTemplate', id: template.id });
      setDeleting(null);
      report({ ok: true, text: t('replies.deleted', { title: templateTitle(template, uiLanguage) }) });
    } catch (error) {
      failed(error);
    }
  };
  return { editing, setEditing, deleting, setDeleting, save, duplicate, remove };
}

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

/** Saves each template in turn; if one fails, what was written is undone (put back or deleted), then it throws. */
async function saveAllOrNothing(templates: readonly Template[], custom: readonly Template[]): Promise<void> {
  const before = new Map(custom.map((template) => [template.id, template]));
  const written: string[] = [];
  try {
    for (const template of templates) {
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
    throw error;
  }
}

/** Exporting the admin's own templates as a set file, and importing one (checked whole, then all or nothing). */
export function useTemplateSetFiles(
  library: TemplateLibrary | undefined,
  uiLanguage: UiLanguage,
  report: Report,
) {
  const { t } = useTranslation();
  const exportAll = () => {
    if (!library) return;
    if (library.custom.length === 0) {
      report({ ok: false, text: t('replies.exportNone') });
      return;
    }
    const exportedAt = new Date();
    const file = buildTemplateSetFile(library.custom, exportedAt);
    downloadText(`${JSON.stringify(file, null, 2)}\n`, templateFileName(exportedAt));
    report({ ok: true, text: t('replies.exported', { count: library.custom.length }) });
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !library) return;
    const parsed = parseTemplateSetText(await file.text());
    if (!parsed.ok) {
      report({
        ok: false,
        text: describeImportFailure(parsed.problems, uiLanguage),
        details: parsed.problems.map(
          (problem) => (problem.where ? `${problem.where}: ` : '') + problem.detail,
        ),
      });
      return;
    }
    const plan = planImport(parsed.templates, library.builtIns, library.custom, new Date());
    try {
      await saveAllOrNothing(plan.save, library.custom);
    } catch (error) {
      report({ ok: false, text: t('replies.importFailed', { message: errorText(error) }) });
      return;
    }
    report({
      ok: true,
      text: t('replies.imported', { added: plan.added, replaced: plan.replaced, skipped: plan.skipped }),
    });
  };
  return { exportAll, importFile };
}
