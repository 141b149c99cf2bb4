import { describe, expect, it } from 'vitest';
import { defaultLibrary } from '@/utils/templates/library';
import {
  Template,
  buildTemplateSetFile,
  describeImportFailure,
  parseTemplateSetFile,
  parseTemplateSetText,
  situationLabel,
  templateTitle,
} from '@/utils/templates/schema';

const exportedAt = new Date('2026-11-22T10:00:00Z');
const custom: Template = {
  id: 'team-rules-reminder',
  situation: 'rules-reminder',
  audience: 'public-reply',
  title: { fr: 'Rappel des règles' },
  bodies: { fr: { vous: 'Bonjour {firstName|à vous}, merci pour votre message !' } },
  builtIn: false,
  updatedAt: '2026-11-20T08:00:00.000Z',
};

describe('Template', () => {
  it('accepts a French-only template with one register and a custom situation', () => {
    expect(Template.parse(custom)).toEqual(custom);
    expect(templateTitle(custom, 'en')).toBe('Rappel des règles');
    expect(situationLabel('rules-reminder', 'fr')).toBe('rules-reminder');
    expect(situationLabel('anniversary', 'fr')).toBe('Un an dans le groupe');
  });

  it('refuses a template without any body, with an empty body, or with a faulty body', () => {
    expect(Template.safeParse({ ...custom, bodies: {} }).success).toBe(false);
    expect(Template.safeParse({ ...custom, bodies: { fr: {} } }).success).toBe(false);
    expect(Template.safeParse({ ...custom, bodies: { en: '   ' } }).success).toBe(false);
    const faulty = Template.safeParse({ ...custom, bodies: { en: 'Hi {frstName}' } });
    expect(faulty.success).toBe(false);
    expect(faulty.error?.issues[0]?.message).toContain('Did you mean {firstName}?');
  });

  it('never lets a message to one person list names', () => {
    const result = Template.safeParse({
      ...custom,
      audience: 'private-message',
      bodies: { en: 'Hi {names}' },
    });
    expect(result.success).toBe(false);
    expect(
      Template.safeParse({ ...custom, audience: 'group-post', bodies: { en: 'Hi {names}' } }).success,
    ).toBe(true);
  });
});

describe('template-set files', () => {
  const file = buildTemplateSetFile([...defaultLibrary(), custom], exportedAt);

  it('round-trips through JSON', () => {
    expect(file.header).toEqual({
      format: 'tend',
      kind: 'templates',
      version: 1,
      exportedAt: exportedAt.toISOString(),
    });
    const result = parseTemplateSetText(JSON.stringify(file));
    expect(result).toEqual({ ok: true, templates: file.templates });
  });

  it('reports a truncated file as not JSON', () => {
    const text = JSON.stringify(file);
    const result = parseTemplateSetText(text.slice(0, text.length / 2));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.code).toBe('not-json');
    expect(describeImportFailure(result.problems, 'fr')).toContain('Rien n’a été importé');
  });

  it('refuses another kind of Tend file, or a newer version, with the header message', () => {
    const memberLog = { ...file, header: { ...file.header, kind: 'member-log' } };
    expect(parseTemplateSetFile(memberLog)).toMatchObject({
      ok: false,
      problems: [{ code: 'not-tend-templates' }],
    });
    const newer = { ...file, header: { ...file.header, version: 2 } };
    const result = parseTemplateSetFile(newer);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.detail).toContain('version 2');
    expect(parseTemplateSetFile([1, 2])).toMatchObject({
      ok: false,
      problems: [{ code: 'not-tend-templates' }],
    });
  });

  it('is all or nothing: one bad template fails the whole file, naming where', () => {
    const broken = structuredClone(file) as unknown as { templates: Record<string, unknown>[] };
    const third = broken.templates[2];
    if (!third) throw new Error('fixture');
    third.bodies = { en: 'Hello {firstName' };
    const result = parseTemplateSetFile(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.where).toBe('template 3 ("Two-month check-in"), bodies.en');
    expect(result.problems[0]?.detail).toContain('not closed');
  });

  it('refuses duplicate ids and unknown fields', () => {
    const duplicated = { ...file, templates: [custom, custom] };
    const result = parseTemplateSetFile(duplicated);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.detail).toContain('already used by template 1');
    const extra = { ...file, templates: [{ ...custom, script: 'alert(1)' }] };
    expect(parseTemplateSetFile(extra).ok).toBe(false);
  });
});
