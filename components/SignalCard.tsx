import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRow } from '@/storage/schema';
import type { SignalRow } from '@/storage/signals-schema';
import { FacebookPageUrl } from '@/utils/facebook/links';
import { formatRelative } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';
import { signalReplies, type SignalReplyContext } from '@/utils/signals/replies';
import { situationLabel, templateTitle, type Template } from '@/utils/templates/schema';
import { RenderedText } from './RenderedText';
import { TemplateCopyButton } from './TemplateCopyButton';

/** What the replies are filled from, besides the member: the library and the admin's choices. */
export type SignalReplySource = Omit<SignalReplyContext, 'lang' | 'now' | 'member'> & {
  /** Tend's built-in templates and the admin's own. */
  templates: readonly Template[];
};

interface SignalCardProps {
  signal: SignalRow;
  /** Member id → the member as Tend saw them. */
  members: ReadonlyMap<string, Pick<MemberRow, 'name' | 'joinedAfter' | 'joinedBefore'>>;
  now: Date;
  language: UiLanguage;
  replies: SignalReplySource;
  /** Done, dismissed, or snoozed until a time (ISO). */
  onAnswer: (key: string, state: SignalAnswer, until?: string) => void;
}

export type SignalAnswer = 'done' | 'dismissed' | 'snoozed';

const pad = (value: number) => String(value).padStart(2, '0');
/** A day as a date field writes it (`YYYY-MM-DD`), in the admin's own time zone. */
const dayField = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
/** The start of a date field's day in the admin's time zone, or null when it is no date. */
function startOfDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(+date) ? null : date;
}
const inDays = (now: Date, days: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);

/** Only links to Facebook pages are offered (the evidence came from there); anything else is not a link. */
const facebookLinks = (links: readonly string[]) =>
  links.filter((link) => FacebookPageUrl.safeParse(link).success);

/** What Tend saw: the excerpt, when, and the links to the posts or comments. */
function SignalEvidence({ signal, now, language }: Pick<SignalCardProps, 'signal' | 'now' | 'language'>) {
  const { t } = useTranslation();
  const { evidence } = signal;
  return (
    <div className="signal-evidence">
      <h4>{t('signals.evidence')}</h4>
      {evidence.excerpt && <blockquote className="signal-excerpt">{evidence.excerpt}</blockquote>}
      <p className="member-meta">
        <time dateTime={evidence.at}>
          {t('signals.seen', { when: formatRelative(evidence.at, now, language) })}
        </time>
      </p>
      <ul className="signal-links">
        {facebookLinks(evidence.links).map((link, index) => (
          <li key={link}>
            <a href={link} target="_blank" rel="noreferrer noopener">
              {t('signals.openItem', { index: index + 1 })}
              <span className="visually-hidden"> {t('signals.newTab')}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The library's replies for the signal, in either language, filled in for its member, each to copy; a private
 * message first where the library has one. A situation without a template is said, not hidden.
 */
function SignalReplies(
  props: Pick<SignalCardProps, 'signal' | 'now' | 'language' | 'replies'> & {
    name: string;
    member: SignalReplyContext['member'];
  },
) {
  const { signal, name, member, now, language } = props;
  const { templates, ...choices } = props.replies;
  const { t } = useTranslation();
  const [lang, setLang] = useState<UiLanguage>(language);
  const { offers, missing } = signalReplies(signal.kind, templates, { ...choices, lang, now, member });
  return (
    <div className="signal-reply">
      <h4>{t('signals.reply')}</h4>
      <div role="group" aria-label={t('signals.replyLanguage')} className="actions">
        {(['en', 'fr'] as const).map((option) => (
          <button key={option} type="button" aria-pressed={lang === option} onClick={() => setLang(option)}>
            {t(`language.${option}`)}
          </button>
        ))}
      </div>
      <ol className="signal-replies">
        {offers.map(({ template, result }) => {
          const title = templateTitle(template, language);
          return (
            <li key={template.id} className="signal-reply-offer" data-template-id={template.id}>
              <h5>{title}</h5>
              <p className="help">{t(`signals.audience.${template.audience}`)}</p>
              <RenderedText
                result={result}
                className="signal-reply-text"
                label={title}
                lang={lang}
                uiLanguage={language}
                problem={(detail) => t('signals.notReady', { detail })}
              />
              <TemplateCopyButton
                text={result.ok ? result.text : undefined}
                label={t('signals.copyLabel', { title, name })}
                copiedText={t('signals.copied')}
                failedText={t('signals.copyFailed')}
              >
                {t('signals.copy')}
              </TemplateCopyButton>
            </li>
          );
        })}
      </ol>
      {missing.map((situation) => (
        <p key={situation} className="empty">
          {t('signals.noTemplate', {
            situation: situationLabel(situation, language),
            language: t(`signals.inLanguage.${lang}`),
          })}
        </p>
      ))}
    </div>
  );
}

/** Snooze: hidden until the start of the day chosen (a week from today unless changed; tomorrow at the earliest). */
function SignalSnooze(props: { label: string; now: Date; onSnooze: (until: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(() => dayField(inDays(props.now, 7)));
  const fieldId = useId();
  const until = startOfDay(value);
  const fits = until !== null && +until > +props.now;
  return (
    <div className="signal-snooze">
      <label htmlFor={fieldId}>{t('signals.snoozeUntil')}</label>{' '}
      <input
        id={fieldId}
        type="date"
        value={value}
        min={dayField(inDays(props.now, 1))}
        onChange={(event) => setValue(event.target.value)}
      />{' '}
      <button
        type="button"
        aria-label={props.label}
        disabled={!fits}
        onClick={() => until && props.onSnooze(until.toISOString())}
      >
        {t('signals.snooze')}
      </button>
      <p className="help">{t('signals.snoozeHelp')}</p>
    </div>
  );
}

/** One open signal: what was noticed and why, its evidence, the reply to copy, done, dismiss and snooze. */
export function SignalCard({ signal, members, now, language, replies, onAnswer }: SignalCardProps) {
  const { t } = useTranslation();
  const memberNames = signal.memberIds.map((id) => members.get(id)?.name ?? t('signals.someone'));
  const name = memberNames[0] ?? t(signal.memberIds.length ? 'signals.someone' : 'signals.everyone');
  const kind = t(`signals.kind.${signal.kind}`);
  const headingId = useId();
  return (
    <li className="signal" data-signal-kind={signal.kind} data-signal-key={signal.key}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{kind}</h3>
        <p>{t(`signals.why.${signal.kind}`, { name })}</p>
        <SignalEvidence signal={signal} now={now} language={language} />
        <SignalReplies
          signal={signal}
          name={name}
          member={members.get(signal.memberIds[0] ?? '')}
          now={now}
          language={language}
          replies={replies}
        />
        <div className="actions">
          <button
            type="button"
            aria-label={t('signals.doneLabel', { kind, name })}
            onClick={() => onAnswer(signal.key, 'done')}
          >
            {t('signals.done')}
          </button>
          <button
            type="button"
            aria-label={t('signals.dismissLabel', { kind, name })}
            onClick={() => onAnswer(signal.key, 'dismissed')}
          >
            {t('signals.dismiss')}
          </button>
        </div>
        <SignalSnooze
          label={t('signals.snoozeLabel', { kind, name })}
          now={now}
          onSnooze={(until) => onAnswer(signal.key, 'snoozed', until)}
        />
      </article>
    </li>
  );
}
