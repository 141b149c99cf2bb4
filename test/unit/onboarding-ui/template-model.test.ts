import { describe, expect, it } from 'vitest';
import {
  LAST_USED_KEY,
  MAX_LAST_USED,
  blankDraft,
  draftLint,
  draftOf,
  errorSegments,
  lineAndColumn,
  newTemplateId,
  planImport,
  readCustomTemplates,
  readLastUsed,
  recordUse,
  situationsOf,
  templateFileName,
  templateFromDraft,
} from '@/components/TemplateModel';
import { lintTemplate } from '@/utils/templates/render';
import { defaultLibrary, defaultTemplateFor } from '@/utils/templates/library';
import {
  BUILT_IN_SITUATIONS,
  buildTemplateSetFile,
  parseTemplateSetText,
  type Template,
} from '@/utils/templates/schema';

const NOW = new Date('2026-11-20T12:00:00.000Z');

class MemoryStorage {
  values = new Map<string, string>();
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
}

const custom = (id: string, en: string, situation = 'personal-welcome'): Template => ({
  id,
  situation,
  audience: 'private-message',
  title: { en: `Title ${id}` },
  bodies: { en },
  builtIn: false,
  updatedAt: NOW.toISOString(),
});

describe('last used, per device', () => {
  it('reads nothing from an empty, broken or foreign value', () => {
    const storage = new MemoryStorage();
    expect(readLastUsed(storage).size).toBe(0);
    storage.setItem(LAST_USED_KEY, '{not json');
    expect(readLastUsed(storage).size).toBe(0);
    storage.setItem(LAST_USED_KEY, JSON.stringify({ 'tend:anniversary': 'yesterday' }));
    expect(readLastUsed(storage).size).toBe(0);
    storage.setItem(LAST_USED_KEY, JSON.stringify(['tend:anniversary']));
    expect(readLastUsed(storage).size).toBe(0);
  });

  it('records a use, newest first, and keeps a bounded number', () => {
    const storage = new MemoryStorage();
    recordUse(storage, 'tend:anniversary', new Date('2026-11-01T00:00:00Z'));
    const used = recordUse(storage, 'tend:personal-welcome', new Date('2026-11-02T00:00:00Z'));
    expect([...used.keys()]).toEqual(['tend:personal-welcome', 'tend:anniversary']);
    expect(readLastUsed(storage).get('tend:anniversary')).toBe('2026-11-01T00:00:00.000Z');
    for (let index = 0; index < MAX_LAST_USED + 5; index++) {
      recordUse(storage, `custom:${index}`, new Date(+NOW + index * 1000));
    }
    const kept = readLastUsed(storage);
    expect(kept.size).toBe(MAX_LAST_USED);
    expect(kept.has(`custom:${MAX_LAST_USED + 4}`)).toBe(true);
    expect(kept.has('tend:anniversary')).toBe(false);
  });

  it('survives a storage that refuses to write', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(recordUse(full, 'tend:anniversary', NOW).size).toBe(1);
  });
});

describe('stored templates', () => {
  it('keeps valid custom rows and counts the rest', () => {
    const { templates, unreadable } = readCustomTemplates([
      custom('custom:a', 'Hi {firstName|there}'),
      { id: 'custom:b', updatedAt: NOW.toISOString() },
      { ...defaultTemplateFor('anniversary') },
    ]);
    expect(templates.map((template) => template.id)).toEqual(['custom:a']);
    expect(unreadable).toBe(2);
  });

  it('browses built-in situations first, then the admin’s own', () => {
    expect(
      situationsOf([custom('custom:a', 'x', 'zebra-crossing'), custom('custom:b', 'y', 'apples')]),
    ).toEqual([...BUILT_IN_SITUATIONS, 'apples', 'zebra-crossing']);
  });
});

describe('editor drafts', () => {
  it('round-trips a template through a draft', () => {
    const template = { ...defaultTemplateFor('personal-welcome'), id: 'custom:x', builtIn: false };
    const result = templateFromDraft(draftOf(template), new Date(template.updatedAt));
    expect(result).toEqual({ ok: true, template });
  });

  it('never turns a draft with a lint error, no body or no title into a template', () => {
    const draft = {
      ...blankDraft('custom:new'),
      titleEn: 'Hello',
      bodies: { en: 'Hi {prenom}', 'fr.tu': '', 'fr.vous': '' },
    };
    expect(draftLint(draft, false).en).toEqual([
      expect.objectContaining({ code: 'unknown-placeholder', suggestion: 'firstName' }),
    ]);
    const failed = templateFromDraft(draft, NOW);
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.problems.join('\n')).toMatch(/bodies\.en: Unknown placeholder \{prenom\}/);
    expect(templateFromDraft({ ...draft, bodies: { en: '  ', 'fr.tu': '', 'fr.vous': '' } }, NOW).ok).toBe(
      false,
    );
    expect(templateFromDraft({ ...draft, titleEn: '', bodies: { ...draft.bodies, en: 'Hi' } }, NOW).ok).toBe(
      false,
    );
  });

  it('keeps {names} out of messages to one person', () => {
    const draft = {
      ...blankDraft('custom:new'),
      titleFr: 'Noms',
      bodies: { en: '', 'fr.tu': 'Salut {names}', 'fr.vous': '' },
    };
    expect(templateFromDraft(draft, NOW).ok).toBe(false);
    expect(templateFromDraft({ ...draft, audience: 'group-post' }, NOW).ok).toBe(true);
  });

  it('lints screening answers only when reading them is on', () => {
    const draft = {
      ...blankDraft('custom:new'),
      bodies: { en: 'You said: {answer1}', 'fr.tu': '', 'fr.vous': '' },
    };
    expect(draftLint(draft, false).en[0]?.code).toBe('answers-disabled');
    expect(draftLint(draft, true).en).toEqual([]);
  });

  it('makes ids the template schema accepts', () => {
    expect(newTemplateId(() => 'abc-123')).toBe('custom:abc-123');
    expect(newTemplateId()).toMatch(/^custom:[0-9a-f-]{36}$/);
  });
});

describe('lint errors at their positions', () => {
  const body = 'Hello {firstName},\nwelcome to {groupe} 🌱 }';
  const errors = lintTemplate(body, { allowAnswers: false });

  it('gives line and column as an editor counts them', () => {
    expect(errors.map((error) => lineAndColumn(body, error.start))).toEqual([
      { line: 2, column: 12 },
      { line: 2, column: 24 },
    ]);
  });

  it('cuts the body into plain and faulty parts that put it back together', () => {
    const segments = errorSegments(body, errors);
    expect(segments.map((segment) => segment.text).join('')).toBe(body);
    expect(segments.filter((segment) => segment.error !== undefined).map((segment) => segment.text)).toEqual([
      '{groupe}',
      '}',
    ]);
  });
});

describe('importing a template set', () => {
  const builtIns = defaultLibrary();

  it('skips unchanged built-ins, keeps edited ones as team copies, and replaces same-id custom templates', () => {
    const editedBuiltIn = {
      ...defaultTemplateFor('anniversary'),
      bodies: { en: 'Happy anniversary, {firstName|friend}!' },
    };
    const incoming = [
      defaultTemplateFor('personal-welcome'),
      editedBuiltIn,
      custom('custom:a', 'New words'),
      custom('custom:b', 'Brand new'),
    ];
    const plan = planImport(incoming, builtIns, [custom('custom:a', 'Old words')], NOW);
    expect(plan).toMatchObject({ added: 2, replaced: 1, skipped: 1 });
    expect(plan.save.map((template) => template.id)).toEqual([
      'team:tend:anniversary',
      'custom:a',
      'custom:b',
    ]);
    expect(plan.save.every((template) => !template.builtIn)).toBe(true);
    // Importing the same file again replaces rather than duplicates.
    const again = planImport(incoming, builtIns, plan.save, NOW);
    expect(again).toMatchObject({ added: 0, replaced: 3, skipped: 1 });
  });

  it('round-trips an export through the file format', () => {
    const mine = [custom('custom:a', 'Hi {firstName|there}'), custom('custom:b', 'Café ☕ {name|}')];
    const text = JSON.stringify(buildTemplateSetFile(mine, NOW));
    const parsed = parseTemplateSetText(text);
    expect(parsed).toEqual({ ok: true, templates: mine });
    expect(templateFileName(NOW)).toBe('tend-templates-2026-11-20.json');
  });
});
