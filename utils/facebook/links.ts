/**
 * The Facebook addresses Tend builds and stores, in one place: the profile link of a person, the link to a post or
 * comment, a group's members page. Each shape has a builder and a check; storage accepts a stored or imported link
 * only when it has one of these shapes (https, www.facebook.com), so a file cannot plant any other link.
 */
import { z } from 'zod';
import type { PersonRef } from './urls';

const WWW = 'https://www.facebook.com';
const GROUP = '[A-Za-z0-9._-]{1,100}';
const NUMBER = '\\d{1,30}';
const VANITY = '[A-Za-z0-9.]{2,80}';
/** Post ids are numeric or Facebook's `pfbid…` tokens; any such safe segment is accepted. */
const POST = '[A-Za-z0-9_-]{1,200}';

/** Any https page on facebook.com or one of its subdomains (what a content script's tab may show). */
export const FACEBOOK_HOST = /^([a-z0-9-]+\.)*facebook\.com$/;
export const FacebookPageUrl = z.url({ protocol: /^https$/, hostname: FACEBOOK_HOST }).max(2_000);

/**
 * A stable https link to the person, scoped to the group when their numeric id is known: the one builder of a
 * profile link (readers and storage both use it).
 */
const WHOLE_GROUP_ID = new RegExp(`^${GROUP}$`);
export function profileUrlOf(person: PersonRef, groupId: string | null): string {
  if (person.by === 'vanity') return `${WWW}/${encodeURIComponent(person.vanity)}`;
  return groupId && WHOLE_GROUP_ID.test(groupId)
    ? `${WWW}/groups/${groupId}/user/${person.id}/`
    : `${WWW}/profile.php?id=${person.id}`;
}

/** A person's key as a reference: a numeric id, or else a vanity name. */
export const personOfKey = (memberId: string): PersonRef =>
  /^\d+$/.test(memberId) ? { by: 'id', id: memberId } : { by: 'vanity', vanity: memberId };

/** Facebook's members page of a group: opening it in a tab lets the content script read who joined. */
export function membersPageUrl(groupId: string): string {
  return `${WWW}/groups/${encodeURIComponent(groupId)}/members`;
}

/**
 * Profile links Tend writes: `/<vanity>`, `/profile.php?id=<n>`, `/groups/<gid>/user/<n>/` (and, from earlier
 * versions, `/groups/<gid>/user/<vanity>/`).
 */
const PROFILE_LINK = new RegExp(
  `^${WWW}/(?:${VANITY}|profile\\.php\\?id=${NUMBER}|groups/${GROUP}/user/(?:${NUMBER}|${VANITY})/)$`,
);
/** Post and comment links Tend writes: `/groups/<gid>/posts/<pid>/[?comment_id=<n>[&reply_comment_id=<n>]]`. */
const ACTIVITY_LINK = new RegExp(
  `^${WWW}/groups/${GROUP}/posts/${POST}/(?:\\?comment_id=${NUMBER}(?:&reply_comment_id=${NUMBER})?)?$`,
);

export const isProfileLink = (href: string) => PROFILE_LINK.test(href);
export const isActivityLink = (href: string) => ACTIVITY_LINK.test(href);

export const ProfileLink = z
  .string()
  .max(2_000)
  .refine(
    isProfileLink,
    'not a Facebook profile address of a shape Tend writes (https://www.facebook.com/…)',
  );
export const ActivityLink = z
  .string()
  .max(2_000)
  .refine(
    isActivityLink,
    'not a Facebook post or comment address of a shape Tend writes (https://www.facebook.com/groups/…/posts/…)',
  );
