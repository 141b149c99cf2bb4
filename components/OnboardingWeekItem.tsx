import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RenderedText } from './RenderedText';
import type { MemberRow, NoteRow } from '@/storage/schema';
import type { ResolvedOnboarding } from '@/storage/onboarding-queue';
import type { WeekDueItem, WeeklyPost } from '@/utils/onboarding/schedule';
import type { Lang, Register, Template } from '@/utils/templates/schema';
import type { UiLanguage } from '@/utils/i18n';
import { LatestNote } from './LatestNote';
import { OnboardingActions, type MarkRequest } from './OnboardingActions';
import { OnboardingWhen, formatZonedDate } from './OnboardingWhen';
import { weekItemWelcome } from './OnboardingModel';
import { TemplateCopyButton } from './TemplateCopyButton';

interface OnboardingWeekItemProps {
  item: WeekDueItem;
  stepLabel: string;
  members: ReadonlyMap<string, MemberRow>;
  template: Template | undefined;
  resolved: Pick<ResolvedOnboarding, 'maxTagsPerPost' | 'weeklyPointers' | 'timeZone'>;
  textLang: Lang;
  uiLanguage: UiLanguage;
  now: Date;
  adminName: string;
  /** The group's name as its pages show it, for {group}. */
  groupName?: string | undefined;
  /** The moderators' notes about the week's joiners, oldest first, by member id. */
  notesByMember: ReadonlyMap<string, readonly NoteRow[]>;
  onMark: (item: WeekDueItem, request: MarkRequest, templateId: string | undefined) => Promise<void>;
}

/**
 * The weekly group welcome of one week: the whole post text, split at the tag limit, each part copyable. Names are
 * in alphabetical order, grouped by initial, for tagging by hand; approximate joiners are listed for a check.
 */
export function OnboardingWeekItem(props: OnboardingWeekItemProps) {
  const { item, resolved, textLang, uiLanguage, template, adminName, groupName, members } = props;
  const { t } = useTranslation();
  const headingId = useId();
  // Group posts address several people: French uses "vous" whatever the register setting.
  const register: Register = 'vous';
  const welcome = useMemo(
    () =>
      weekItemWelcome(item, members, template, resolved, {
        lang: textLang,
        register,
        ...(adminName ? { adminName } : {}),
        ...(groupName ? { groupName } : {}),
      }),
    [item, members, template, resolved, textLang, adminName, groupName],
  );
  // The week's key is its first local day; show it as that calendar date.
  const weekDate = formatZonedDate(`${item.week.key}T12:00:00Z`, 'UTC', uiLanguage);
  const approximate = welcome.joiners.filter((joiner) => joiner.approximate).map((joiner) => joiner.name);
  // A note such as "asked not to be tagged" matters before a public welcome: joiners with notes are listed.
  const noted = item.members.filter((joiner) => (props.notesByMember.get(joiner.memberId)?.length ?? 0) > 0);

  return (
    <li
      className={`onboarding-item onboarding-week${item.overdue ? ' overdue' : ''}`}
      data-item-id={item.id}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="onboarding-item-title">
        {t('onboarding.week.heading', { date: weekDate })}
      </h3>
      <OnboardingWhen item={item} now={props.now} timeZone={resolved.timeZone} language={uiLanguage} />
      <p>{t('onboarding.week.joiners', { count: welcome.joiners.length })}</p>
      {welcome.posts.length > 1 && (
        <p className="onboarding-split">
          {t('onboarding.week.split', { max: resolved.maxTagsPerPost, parts: welcome.posts.length })}
        </p>
      )}
      <p className="help">{t('onboarding.week.tagHint')}</p>
      {approximate.length > 0 && (
        <p className="onboarding-approximate">
          {t('onboarding.week.approximate', { count: approximate.length, names: approximate.join(', ') })}
        </p>
      )}
      {noted.length > 0 && (
        <ul className="onboarding-notes" aria-label={t('onboarding.week.notes')}>
          {noted.map((joiner) => (
            <li key={joiner.memberId} data-member-id={joiner.memberId}>
              <span className="member-name">{joiner.name}</span>
              <LatestNote notes={props.notesByMember.get(joiner.memberId) ?? []} language={uiLanguage} />
            </li>
          ))}
        </ul>
      )}
      <WeekPosts posts={welcome.posts} uiLanguage={uiLanguage} />
      <OnboardingActions
        step={props.stepLabel}
        name={t('onboarding.week.forWeek', { date: weekDate })}
        onMark={(request) => props.onMark(item, request, template?.id)}
      />
    </li>
  );
}

/** The welcome's posts, one per part when the tag limit splits it, each with its text and its own Copy. */
function WeekPosts({ posts, uiLanguage }: { posts: readonly WeeklyPost[]; uiLanguage: UiLanguage }) {
  const { t } = useTranslation();
  return (
    <ol className="onboarding-posts">
      {posts.map((post) => {
        const label = t('onboarding.week.part', {
          part: post.part,
          parts: post.parts,
          count: post.joiners.length,
        });
        const result = post.result;
        return (
          <li key={post.part} className="onboarding-post" data-part={post.part}>
            <h4>{label}</h4>
            <RenderedText
              result={result}
              className="onboarding-text"
              label={label}
              uiLanguage={uiLanguage}
              problem={(detail) => t('onboarding.missing', { detail })}
            />
            <TemplateCopyButton
              text={result.ok ? result.text : undefined}
              label={t('onboarding.copyPart', { part: post.part, parts: post.parts })}
              copiedText={t('onboarding.copied')}
              failedText={t('onboarding.copyFailed')}
            >
              {t('onboarding.copy')}
            </TemplateCopyButton>
          </li>
        );
      })}
    </ol>
  );
}
