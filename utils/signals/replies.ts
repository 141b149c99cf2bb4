/**
 * The gentle replies a signal offers: the template library's words for its situation (the admin's own copy when
 * there is one, else Tend's), filled in for the signal's member and group. Pure, so the panel only shows them.
 */
import type { JoinFacts } from '@/utils/onboarding/join';
import { templatesForSituation } from '@/utils/templates/catalog';
import { renderTemplate, type RenderResult } from '@/utils/templates/render';
import { pickBody, type Lang, type Register, type Template } from '@/utils/templates/schema';
import { placeholderValuesFor } from '@/utils/templates/values';
import type { SignalKind } from './schema';

/**
 * The library's situations that answer each kind, in the order they are offered. A heated exchange is answered
 * with a private word first (moving the talk to private messages), then the de-escalation in the thread.
 */
export const SIGNAL_SITUATIONS: Readonly<Record<SignalKind, readonly string[]>> = {
  'repeated-image': ['repeated-image'],
  'newcomer-selling': ['self-promotion'],
  'brand-contest': ['brand-contest'],
  'heated-exchange': ['move-to-private', 'heated-exchange'],
  'group-quiet': ['group-quiet'],
  'off-topic-balance': ['off-topic-balance'],
};

export interface SignalReplyContext {
  lang: Lang;
  /** The French register asked for; a template with only the other one is used in that one. */
  register: Register;
  now: Date;
  /** The member the signal is about (its first named member); none for a group-wide signal. */
  member?: (JoinFacts & { name: string }) | undefined;
  groupName?: string | undefined;
  adminName?: string | undefined;
  allowAnswers?: boolean;
}

export interface SignalReplyOffer {
  situation: string;
  template: Template;
  /** The French register of the body used, when French. */
  register?: Register;
  /** The filled text, or what stops it from being copied (a placeholder without value nor fallback). */
  result: RenderResult;
}

export interface SignalReplies {
  /** Private messages first, then in the order of `SIGNAL_SITUATIONS`. */
  offers: SignalReplyOffer[];
  /** The kind's situations the library has no template for in `lang`: the panel says so in plain words. */
  missing: string[];
}

/** One offer: the preferred template of a situation filled in, or undefined when none has words in `lang`. */
function offerFor(
  situation: string,
  templates: readonly Template[],
  context: SignalReplyContext,
): SignalReplyOffer | undefined {
  const template = templatesForSituation(templates, situation, context.lang)[0];
  const body = template && pickBody(template, context.lang, context.register);
  if (!template || !body) return undefined;
  const values = placeholderValuesFor({
    now: context.now,
    lang: context.lang,
    ...(context.member ? { member: context.member } : {}),
    ...(context.groupName ? { groupName: context.groupName } : {}),
    ...(context.adminName ? { adminName: context.adminName } : {}),
  });
  const result = renderTemplate(body.text, values, { allowAnswers: context.allowAnswers ?? false });
  return { situation, template, ...(body.register ? { register: body.register } : {}), result };
}

/** The replies a signal of `kind` offers from `templates` (the built-ins and the admin's own), filled in. */
export function signalReplies(
  kind: SignalKind,
  templates: readonly Template[],
  context: SignalReplyContext,
): SignalReplies {
  const offers: SignalReplyOffer[] = [];
  const missing: string[] = [];
  for (const situation of SIGNAL_SITUATIONS[kind]) {
    const offer = offerFor(situation, templates, context);
    if (offer) offers.push(offer);
    else missing.push(situation);
  }
  // A stable sort: private messages first, the rest kept in their order.
  const isPrivate = (offer: SignalReplyOffer) => offer.template.audience === 'private-message';
  offers.sort((a, b) => Number(isPrivate(b)) - Number(isPrivate(a)));
  return { offers, missing };
}
