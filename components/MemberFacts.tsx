import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { MemberRow, ProspectRow } from '@/storage/schema';
import { formatDate, formatRelative } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';

interface MemberFactsProps {
  member: MemberRow;
  request?: ProspectRow | null | undefined;
  language: UiLanguage;
  now: Date;
}

/** What Tend saw of one member (first and last seen, activity, join line…), then their screening answers if kept. */
export function MemberFacts({ member, request, language, now }: MemberFactsProps) {
  const { t } = useTranslation();
  const answers = request?.answers ?? [];
  return (
    <>
      <dl className="facts">
        {memberFacts(member, request, language, now, t).map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {answers.length > 0 && (
        <>
          <h4>{t('members.screeningAnswers')}</h4>
          <dl className="facts answers">
            {answers.map((entry, index) => (
              <div key={index}>
                <dt>{entry.question}</dt>
                <dd>{entry.answer}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </>
  );
}

/** The facts as term and value, in the order shown; the optional ones only when Tend knows them. */
function memberFacts(
  member: MemberRow,
  request: ProspectRow | null | undefined,
  language: UiLanguage,
  now: Date,
  t: TFunction,
): [string, string][] {
  const facts: [string, string][] = [
    [t('members.firstSeen'), formatDate(member.firstSeenAt, language)],
    [t('members.lastSeenLabel'), formatRelative(member.lastSeenAt, now, language)],
    [
      t('members.lastActive'),
      member.lastActiveAt ? formatRelative(member.lastActiveAt, now, language) : t('members.neverActive'),
    ],
    [
      t('members.activity'),
      `${t('members.posts', { count: member.postCount })}, ${t('members.comments', { count: member.commentCount })}`,
    ],
  ];
  if (member.rawJoin) facts.push([t('members.joinLine'), member.rawJoin]);
  if (member.section) facts.push([t('members.section'), member.section]);
  if (member.invitedBy) facts.push([t('members.invitedBy'), member.invitedBy.name]);
  if (member.previousNames.length) facts.push([t('members.previousNames'), member.previousNames.join(', ')]);
  if (request?.status === 'requested')
    facts.push([t('members.askedToJoin'), askedWhen(request, language, t)]);
  if (request?.status === 'invited' && !member.invitedBy)
    facts.push([t('members.wasInvited'), request.invitedBy?.name ?? '']);
  return facts;
}

/** A date when the card's time was understood (approximate beyond a day), else the words it showed. */
function askedWhen(row: ProspectRow, language: UiLanguage, t: TFunction): string {
  if (row.requestedAfter === undefined || row.requestedBefore === undefined) return row.rawRequest ?? '';
  const exact =
    row.requestPrecision === 'minute' || row.requestPrecision === 'hour' || row.requestPrecision === 'day';
  const middle = new Date(
    (Date.parse(row.requestedAfter) + Date.parse(row.requestedBefore)) / 2,
  ).toISOString();
  return exact
    ? formatDate(row.requestedAfter, language)
    : t('members.askedToJoinAround', { date: formatDate(middle, language) });
}
