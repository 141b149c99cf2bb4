/** Placeholder values for one member, computed from what Tend knows, never invented. */
import { formatDistanceStrict } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import type { Locale } from 'date-fns';
import { joinInterval, joinMiddle, isApproximate, type JoinFacts } from '@/utils/onboarding/join';
import type { Lang } from './schema';
import type { PlaceholderValues } from './render';
import { firstNameOf } from './names';

const locales: Record<Lang, Locale> = { en: enGB, fr };
const about: Record<Lang, string> = { en: 'about ', fr: 'environ ' };

/**
 * How long ago someone joined, without "ago" so templates can place it in either language
 * ("{joinedAgo} ago", "il y a {joinedAgo}", "depuis {joinedAgo}"). Approximate joins say "about".
 * Unknown join: undefined, so the template's fallback is used.
 */
export function joinedAgoText(member: JoinFacts, now: Date, lang: Lang): string | undefined {
  const interval = joinInterval(member);
  if (!interval) return undefined;
  const middle = joinMiddle(interval);
  if (+middle > +now) return undefined;
  const distance = formatDistanceStrict(middle, now, { locale: locales[lang], roundingMethod: 'floor' });
  return isApproximate(interval) ? about[lang] + distance : distance;
}

export interface ValuesContext {
  member?: JoinFacts & { name: string };
  groupName?: string;
  adminName?: string;
  /** Only passed when the admin enabled reading screening answers. */
  answers?: readonly (string | undefined)[];
  now: Date;
  lang: Lang;
}

export function placeholderValuesFor(context: ValuesContext): PlaceholderValues {
  const { member } = context;
  const values: PlaceholderValues = {};
  if (member) {
    values.name = member.name;
    const firstName = firstNameOf(member.name, context.lang);
    if (firstName) values.firstName = firstName;
    const joinedAgo = joinedAgoText(member, context.now, context.lang);
    if (joinedAgo) values.joinedAgo = joinedAgo;
  }
  if (context.groupName) values.group = context.groupName;
  if (context.adminName) values.admin = context.adminName;
  if (context.answers) values.answers = context.answers;
  return values;
}
