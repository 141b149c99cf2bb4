/**
 * A signal's replies come from the template library: the situation's template (the admin's own copy before
 * Tend's), filled in for the member and the group in English or French (tu or vous), private messages first, and
 * the situations the library has nothing for are named rather than silently skipped.
 */
import { describe, expect, it } from 'vitest';
import { SIGNAL_SITUATIONS, signalReplies, type SignalReplyContext } from '@/utils/signals/replies';
import { SIGNAL_KINDS } from '@/utils/signals/schema';
import { defaultLibrary, defaultTemplateFor } from '@/utils/templates/library';
import { renderTemplate } from '@/utils/templates/render';
import { Template, pickBody, type Lang, type Register } from '@/utils/templates/schema';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const library = defaultLibrary();
const ana = {
  name: 'Ana Lefèvre',
  joinedAfter: '2026-11-01T00:00:00.000Z',
  joinedBefore: '2026-11-02T00:00:00.000Z',
};
const context = (lang: Lang, register: Register = 'vous'): SignalReplyContext => ({
  lang,
  register,
  now: NOW,
  member: ana,
  groupName: 'Chats du quartier',
});
const texts = (replies: ReturnType<typeof signalReplies>) =>
  replies.offers.map((offer) => (offer.result.ok ? offer.result.text : `not ready: ${offer.result.preview}`));

/** An admin's own copy of a built-in, as the Replies section saves it. */
const ownCopy = (situation: string, bodies: Template['bodies'], extra: Partial<Template> = {}): Template =>
  Template.parse({
    id: `custom:${situation}`,
    situation,
    audience: 'public-reply',
    title: { en: 'My words' },
    bodies,
    builtIn: false,
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...extra,
  });

describe('signalReplies', () => {
  it('every kind has a built-in template for each of its situations, in both languages', () => {
    for (const kind of SIGNAL_KINDS) {
      for (const lang of ['en', 'fr'] as const) {
        const replies = signalReplies(kind, library, context(lang));
        expect(replies.missing, `${kind} ${lang}`).toEqual([]);
        expect(replies.offers.map((offer) => offer.situation).sort()).toEqual(
          [...SIGNAL_SITUATIONS[kind]].sort(),
        );
        for (const offer of replies.offers) expect(offer.result.ok, `${kind} ${lang}`).toBe(true);
      }
    }
  });

  it('fills the library’s English text with the member’s first name and the group', () => {
    const [offer] = signalReplies('newcomer-selling', library, context('en')).offers;
    const body = defaultTemplateFor('self-promotion').bodies.en!;
    expect(offer?.template.id).toBe('tend:self-promotion');
    expect(offer?.result).toEqual(renderTemplate(body, { firstName: 'Ana', group: 'Chats du quartier' }));
    expect(texts(signalReplies('newcomer-selling', library, context('en')))[0]).toMatch(
      /^Hi Ana, welcome, .*What matters most in Chats du quartier is/,
    );
  });

  it('fills the French text in the register asked for, falling back to the other one', () => {
    expect(texts(signalReplies('repeated-image', library, context('fr', 'vous')))[0]).toMatch(
      /^Bonjour Ana, merci pour vos partages dans le groupe/,
    );
    const tu = signalReplies('repeated-image', library, context('fr', 'tu')).offers[0];
    expect(tu?.register).toBe('tu');
    expect(tu?.result).toMatchObject({
      ok: true,
      text: expect.stringMatching(/^Bonjour Ana, merci pour tes partages/),
    });
    // The group's words are plural: "vous" whatever the register.
    const quiet = signalReplies('group-quiet', library, context('fr', 'tu')).offers[0];
    expect(quiet?.register).toBe('vous');
    expect(quiet?.result).toMatchObject({
      ok: true,
      text: expect.stringContaining('Vos échanges dans Chats du quartier'),
    });
  });

  it('greets by the fallback when the member is not known, and names the group by its fallback when unknown', () => {
    const replies = signalReplies('brand-contest', library, { lang: 'en', register: 'vous', now: NOW });
    expect(texts(replies)[0]).toMatch(/^Hi there, thank you for thinking of the group/);
    const french = signalReplies('group-quiet', library, { lang: 'fr', register: 'vous', now: NOW });
    expect(texts(french)[0]).toContain('Vos échanges dans le groupe');
  });

  it('uses the admin’s own copy of a situation rather than Tend’s, the most recently edited first', () => {
    const mine = ownCopy('self-promotion', { en: 'Hello {firstName|you}, thank you! What brings you here?' });
    const older = ownCopy(
      'self-promotion',
      { en: 'Older words, {firstName}. Thank you!' },
      { id: 'custom:older', updatedAt: '2026-11-01T10:00:00.000Z' },
    );
    const replies = signalReplies('newcomer-selling', [...library, older, mine], context('en'));
    expect(replies.offers.map((offer) => offer.template.id)).toEqual(['custom:self-promotion']);
    expect(texts(replies)).toEqual(['Hello Ana, thank you! What brings you here?']);
    // A copy with no English words leaves English to Tend's text; French takes the copy.
    const frenchOnly = ownCopy('self-promotion', {
      fr: { tu: 'Salut {firstName|toi}, merci ! Qu’est-ce qui t’amène ?' },
    });
    expect(
      signalReplies('newcomer-selling', [...library, frenchOnly], context('en')).offers[0]?.template.id,
    ).toBe('tend:self-promotion');
    expect(texts(signalReplies('newcomer-selling', [...library, frenchOnly], context('fr')))).toEqual([
      'Salut Ana, merci ! Qu’est-ce qui t’amène ?',
    ]);
  });

  it('offers the private word first: a heated exchange moves to private messages before the thread reply', () => {
    const heated = signalReplies('heated-exchange', library, context('en'));
    expect(heated.offers.map((offer) => offer.situation)).toEqual(['move-to-private', 'heated-exchange']);
    expect(texts(heated)[0]).toMatch(
      /^Hi Ana, thanks for bringing this up\. I think it will be easier .* private message/,
    );
    // An admin's own heated-exchange words meant as a private message come before anything public.
    const privateWord = ownCopy(
      'heated-exchange',
      { en: 'Hi {firstName|there}, thank you for caring. Could we talk about it here?' },
      { audience: 'private-message' },
    );
    const mine = signalReplies('heated-exchange', [...library, privateWord], context('en'));
    expect(mine.offers.map((offer) => [offer.situation, offer.template.audience])).toEqual([
      ['heated-exchange', 'private-message'],
      ['move-to-private', 'public-reply'],
    ]);
  });

  it('names the situations the library has no template for, and offers what it has', () => {
    const withoutMoving = library.filter((template) => template.situation !== 'move-to-private');
    const heated = signalReplies('heated-exchange', withoutMoving, context('fr'));
    expect(heated.missing).toEqual(['move-to-private']);
    expect(heated.offers.map((offer) => offer.situation)).toEqual(['heated-exchange']);
    const none = signalReplies('brand-contest', [], context('en'));
    expect(none).toEqual({ offers: [], missing: ['brand-contest'] });
    // A template with no words in the language asked for counts as missing in that language.
    const englishOnly = library.map((template) =>
      template.situation === 'brand-contest'
        ? { ...template, bodies: { en: template.bodies.en! } }
        : template,
    );
    expect(signalReplies('brand-contest', englishOnly, context('fr')).missing).toEqual(['brand-contest']);
    expect(
      pickBody(
        englishOnly.find((t) => t.situation === 'brand-contest')!,
        'en',
      ),
    ).toBeDefined();
  });

  it('does not copy a template whose placeholder has neither a value nor a fallback', () => {
    const strict = ownCopy(
      'brand-contest',
      { en: 'Hi {firstName}, thank you! Could we talk?' },
      { audience: 'private-message' },
    );
    const [offer] = signalReplies('brand-contest', [...library, strict], {
      lang: 'en',
      register: 'vous',
      now: NOW,
    }).offers;
    expect(offer?.result).toMatchObject({ ok: false, missing: [{ name: 'firstName' }] });
  });
});
