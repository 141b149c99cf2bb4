// Fills copies of the real markup (markup.mjs) with one situation's people, texts, times and ids.
import { templates, ORIGINAL, escapeHtml } from './markup.mjs';

const { ARTICLE, DIALOG, MESSAGE, ATTACHMENT, COMMENTS } = ORIGINAL;

const MONTHS = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};
const NBSP = '\u00a0';

function localParts(iso, tz) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type) => parts.find((part) => part.type === type).value;
  return { day: Number(get('day')), month: Number(get('month')), hour: get('hour'), minute: get('minute') };
}

/** The label Facebook shows on a post: 12m, 3h, 2d, then "5 October at 14:20" (FR: 12 min, 3 h, 2 j, 5 octobre à 14:20). */
export function postLabel(iso, now, lang, tz) {
  const minutes = Math.floor((Date.parse(now) - Date.parse(iso)) / 60000);
  if (minutes < 0) throw new Error(`post at ${iso} is after the visit at ${now}`);
  const fr = lang === 'fr';
  if (minutes < 60) return fr ? `${Math.max(1, minutes)}${NBSP}min` : `${Math.max(1, minutes)}m`;
  if (minutes < 24 * 60) return fr ? `${Math.floor(minutes / 60)}${NBSP}h` : `${Math.floor(minutes / 60)}h`;
  const days = Math.floor(minutes / (24 * 60));
  if (days < 7) return fr ? `${days}${NBSP}j` : `${days}d`;
  const p = localParts(iso, tz);
  return fr
    ? `${p.day} ${MONTHS.fr[p.month - 1]} à ${p.hour}:${p.minute}`
    : `${p.day} ${MONTHS.en[p.month - 1]} at ${p.hour}:${p.minute}`;
}

const LONG = {
  en: {
    minute: ['a minute', 'minutes'],
    hour: ['an hour', 'hours'],
    day: ['a day', 'days'],
    week: ['a week', 'weeks'],
  },
  fr: {
    minute: ['une minute', 'minutes'],
    hour: ['une heure', 'heures'],
    day: ['un jour', 'jours'],
    week: ['une semaine', 'semaines'],
  },
};

/** A comment's short time (3h, 2d, 1w / 3 h, 2 j, 1 sem.) and its container label's long form. */
export function commentTimes(iso, now, lang) {
  const minutes = Math.max(1, Math.floor((Date.parse(now) - Date.parse(iso)) / 60000));
  if (Date.parse(now) < Date.parse(iso)) throw new Error(`comment at ${iso} is after the visit at ${now}`);
  const [unit, count] =
    minutes < 60
      ? ['minute', minutes]
      : minutes < 1440
        ? ['hour', Math.floor(minutes / 60)]
        : minutes < 10080
          ? ['day', Math.floor(minutes / 1440)]
          : ['week', Math.floor(minutes / 10080)];
  const fr = lang === 'fr';
  const short = {
    minute: fr ? `${NBSP}min` : 'm',
    hour: fr ? `${NBSP}h` : 'h',
    day: fr ? `${NBSP}j` : 'd',
    week: fr ? `${NBSP}sem.` : 'w',
  };
  const [one, many] = LONG[lang][unit];
  const long = count === 1 ? one : `${count} ${many}`;
  return { short: `${count}${short[unit]}`, long: fr ? `il y a ${long}` : `${long} ago` };
}

const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*/gu;

/** Text as Facebook renders it: escaped, each emoji an `img` with the emoji as its alt (like the captures). */
function richText(text) {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(EMOJI)) {
    html += escapeHtml(text.slice(last, match.index));
    const codes = [...match[0]].map((c) => c.codePointAt(0).toString(16)).filter((code) => code !== 'fe0f');
    const file = `t${codes[0].slice(-2)}/1/16/${codes.join('_')}.png`;
    html += templates.photo.emoji
      .replace(/alt="[^"]*"/, `alt="${match[0]}"`)
      .replace(/emoji\.php\/v9\/[^"]*/, `emoji.php/v9/${file}`);
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

const linesOf = (text) => (Array.isArray(text) ? text : [text]);

function articleMessage(text) {
  return linesOf(text)
    .map((line) => `<div class="${templates.article.lineClass}">${richText(line)}</div>`)
    .join('');
}

function photoRatio(w, h) {
  if (h > w) return `height:calc((1/(${w}/${h}))*100%);top:0%;width:100%`;
  if (w > h) return `height:100%;left:-${((w / h - 1) / 2) * 100}%;width:calc(((${w}/${h})/1)*100%)`;
  return 'height:100%;width:100%';
}

// Cells side by side, in the captured grid's style form (only a 5-item grid is captured: see README).
function cellStyle(index, count) {
  const left = `calc((${index * 100}% / ${count}) + ${index ? '1.01px' : '0px'})`;
  const right = `calc((${(count - 1 - index) * 100}% / ${count}) + ${index < count - 1 ? '1.01px' : '0px'})`;
  return `bottom:calc((0% / 1) + 0px);left:${left};right:${right};top:calc((0% / 1) + 0px)`;
}

function attachment(photos, postId) {
  if (!photos?.length) return '';
  const { photo } = templates;
  const cells = photos.map((p, index) =>
    photo.cell
      .replace('@@CELLSTYLE@@', cellStyle(index, photos.length))
      .replace('@@ALT@@', escapeHtml(p.alt))
      .replace(
        '@@HREF@@',
        escapeHtml(
          `https://www.facebook.com/photo/?fbid=${p.fbid}&set=pcb.${p.set ?? postId}&${photo.cft}&__tn__=*bH-R`,
        ),
      )
      .replace('@@RATIO@@', photoRatio(p.w, p.h))
      .replace('@@SRC@@', `https://scontent.invalid/v/${p.src}.jpg`),
  );
  return photo.outer
    .replace('@@GRIDSTYLE@@', `padding-top:calc(100% / ${photos.length})`)
    .replace('@@CELLS@@', cells.join(''));
}

function localise(html, lang) {
  if (lang !== 'fr') return html;
  return html
    .replaceAll('>Like</span>', '>J’aime</span>')
    .replaceAll('aria-label="Like"', 'aria-label="J’aime"')
    .replaceAll('>Comment</span>', '>Commenter</span>')
    .replaceAll('>See more<', '>En voir plus<')
    .replaceAll('All reactions:', 'Toutes les réactions :');
}

/** One feed post: the 2025-04 article with this post's group, author, id, time label, text and photos. */
export function renderPost(post, ctx) {
  const label = postLabel(post.at, ctx.now, ctx.lang, ctx.tz);
  return localise(templates.article.html, ctx.lang)
    .replaceAll(ARTICLE.gid, ctx.gid)
    .replaceAll(ARTICLE.uid, post.author.uid)
    .replaceAll(ARTICLE.name, escapeHtml(post.author.name))
    .replaceAll(ARTICLE.pid, post.pid)
    .replaceAll('aria-label="1h"', `aria-label="${label}"`)
    .replace(/>1h<\/a>/g, `>${label}</a>`)
    .replace(MESSAGE, articleMessage(post.text))
    .replace(ATTACHMENT, attachment(post.photos, post.pid));
}

export function feedPage(posts, ctx) {
  const articles = posts.map((post) => renderPost(post, ctx)).join('\n');
  return `<!doctype html><html lang="${ctx.lang}"><body><div role="main"><div role="feed">\n${articles}\n</div></div></body></html>\n`;
}

function commentBody(text) {
  const { firstLine, nextLine } = templates.dialog;
  return linesOf(text)
    .map(
      (line, index) =>
        `<div class="${index ? nextLine : firstLine}"><div dir="auto" style="text-align: start;">${richText(line)}</div></div>`,
    )
    .join('');
}

function renderComment(comment, post, ctx) {
  const times = commentTimes(comment.at, ctx.now, ctx.lang);
  const token = encodeURIComponent(Buffer.from(`comment:${post.pid}_${comment.cid}`).toString('base64'));
  const label =
    ctx.lang === 'fr'
      ? `Commentaire de ${comment.author.name} ${times.long}`
      : `Comment by ${comment.author.name} ${times.long}`;
  return templates.dialog.comment
    .replace(/aria-label="Comment by [^"]*"/, `aria-label="${escapeHtml(label)}"`)
    .replace(/comment_id=Y29tbWVudD[^&"]*/g, `comment_id=${token}`)
    .replace(/comment_id=\d+/g, `comment_id=${comment.cid}`)
    .replaceAll(DIALOG.gid, ctx.gid)
    .replaceAll(DIALOG.pid, post.pid)
    .replaceAll(DIALOG.uid, comment.author.uid)
    .replaceAll(DIALOG.name, escapeHtml(comment.author.name))
    .replace('@@BADGE@@', comment.author.uid === post.author.uid ? templates.dialog.badge : '')
    .replace(/>1w<\/a>/, `>${times.short}</a>`)
    .replace(/ lang="bn-IN"/, ` lang="${ctx.lang === 'fr' ? 'fr-FR' : 'en-GB'}"`)
    .replace(MESSAGE, commentBody(comment.text));
}

/** A post's own page: the 2025-06 dialog with this post and its comments, page data left out. */
export function postPage(post, comments, ctx) {
  const label = postLabel(post.at, ctx.now, ctx.lang, ctx.tz);
  const dialog = localise(templates.dialog.dialog, ctx.lang)
    .replaceAll(DIALOG.gid, ctx.gid)
    .replaceAll(DIALOG.pid, post.pid)
    .replaceAll(DIALOG.uid, post.author.uid)
    .replaceAll(DIALOG.name, escapeHtml(post.author.name))
    .replaceAll('aria-label="30 May at 11:02"', `aria-label="${label}"`)
    .replaceAll('>30 May at 11:02<', `>${label}<`)
    .replace('782 comments', `${comments.length} comments`)
    .replace('114 shares', '0 shares')
    .replace(
      MESSAGE,
      post.text
        ? linesOf(post.text)
            .map(
              (line) =>
                `<div class="${templates.dialog.lineClass}"><div dir="auto" style="text-align: start;">${richText(line)}</div></div>`,
            )
            .join('')
        : '',
    )
    .replace(
      COMMENTS,
      comments.map((comment) => localise(renderComment(comment, post, ctx), ctx.lang)).join(''),
    );
  return `<!doctype html><html lang="${ctx.lang}"><body>${dialog}</body></html>\n`;
}
