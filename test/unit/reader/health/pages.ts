/**
 * Pages the health check must not call healthy, built for the health suite (no capture shows them; see
 * test/fixtures/facebook/SYNTHETIC.md): login walls, the mbasic and "lite" mobile sites, and real captures whose
 * posts or rows were made unrecognisable while the named member links stay.
 */

const GROUP = '553398351006645';
const AUTHOR = '100809362613516';

/** A saved page as the browser would parse it (happy-dom's DOMParser, like the fixtures). */
export const parsePage = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** The www login page Facebook shows at a group's address to a logged-out visitor, in English or Vietnamese. */
export function loginWall(lang: 'en' | 'vi'): string {
  const t =
    lang === 'en'
      ? {
          title: 'Log in to Facebook',
          must: 'You must log in to continue.',
          email: 'Email address or phone number',
          pass: 'Password',
          login: 'Log in',
          forgot: 'Forgotten password?',
          create: 'Create new account',
        }
      : {
          title: 'Đăng nhập vào Facebook',
          must: 'Bạn phải đăng nhập để tiếp tục.',
          email: 'Email hoặc số điện thoại',
          pass: 'Mật khẩu',
          login: 'Đăng nhập',
          forgot: 'Quên mật khẩu?',
          create: 'Tạo tài khoản mới',
        };
  return `<!DOCTYPE html><html lang="${lang}" id="facebook" class="no_js"><head><meta charset="utf-8">
<title>${t.title}</title><meta name="robots" content="noodp,noydir"></head>
<body class="fbIndex UIPage_LoggedOut _-kb _605a b_c3pyn-ahh gecko x1 Locale_${lang === 'en' ? 'en_GB' : 'vi_VN'}" dir="ltr">
<div class="_li" id="u_0_1_Xy"><div id="globalContainer" class="uiContextualLayerParent"><div class="fb_content clearfix" id="content" role="main">
<div class="_4-u5 _30ny"><div class="_4-u2 _1w1t _4-u8 _52jv">
<div class="_xku" id="header_block"><span class="_50f6">${t.must}</span></div>
<div class="_9ay7">${t.title}</div>
<form id="login_form" action="/login/?next=https%3A%2F%2Fwww.facebook.com%2Fgroups%2F${GROUP}%2F" method="post" data-testid="royal_login_form">
<input type="hidden" name="jazoest" value="21012" autocomplete="off"><input type="hidden" name="lsd" value="AVqR3kN0Xy8" autocomplete="off">
<div class="_5466 _44mg"><input type="text" class="inputtext _55r1 inputtext _1kbt inputtext _1kbt" name="email" id="email" placeholder="${t.email}" aria-label="${t.email}" data-testid="royal_email" autofocus="1"></div>
<div class="_5466 _44mg"><input type="password" class="inputtext _55r1 inputtext _9npi inputtext _1kbt" name="pass" id="pass" placeholder="${t.pass}" aria-label="${t.pass}" data-testid="royal_pass"></div>
<div class="_xkt"><button value="1" class="_42ft _4jy0 _52e0 _4jy6 _4jy1 selected _51sy" id="loginbutton" name="login" type="submit" data-testid="royal_login_button">${t.login}</button></div>
<div class="_xkv"><a href="https://www.facebook.com/recover/initiate/?ars=facebook_login">${t.forgot}</a></div>
</form>
<div class="_xkx"><a role="button" class="_42ft _4jy0 _4jy4 _517h _51sy" href="/r.php?next=https%3A%2F%2Fwww.facebook.com%2Fgroups%2F${GROUP}%2F" data-testid="open-registration-form-button">${t.create}</a></div>
</div></div></div></div></div></body></html>`;
}

/** mbasic.facebook.com's group page: tables, short class names, stories as `article[data-ft]`, `refid` links. */
export function mbasicGroup(): string {
  const story = (post: string, id: string, name: string, time: string) =>
    `<article class="dc dd de" data-ft='{"top_level_post_id":"${post}","content_owner_id_new":"${id}","page_id":"${GROUP}","tn":"-R"}'>
<header class="df"><h3 class="dg dh di dj"><strong><a href="/profile.php?id=${id}&amp;eav=AfbX0q&amp;refid=18&amp;__tn__=C-R">${name}</a></strong></h3></header>
<div class="dk" data-ft='{"tn":"*s"}'><div class="dl"><p>Welcome to all the new members of our friendly group.</p></div></div>
<footer class="dm" data-ft='{"tn":"*W"}'><div class="dn"><abbr>${time}</abbr></div>
<div class="do"><a href="/ufi/reaction/profile/browser/?ft_ent_identifier=${post}&amp;refid=18">Like</a> · <a href="/groups/${GROUP}/permalink/${post}/?refid=18&amp;__tn__=*W-R#footer_action_list">Comment</a> · <a href="/groups/${GROUP}/permalink/${post}/?refid=18&amp;__tn__=%2AW-R">Full Story</a></div></footer></article>`;
  return `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head>
<title>Les Amis des Chats</title><meta name="viewport" content="width=device-width, initial-scale=1" /></head>
<body tabindex="0" class="b c d e f"><div class="g"><div id="viewport"><div class="h" id="header"><table class="i" role="presentation"><tbody><tr>
<td class="j"><a href="/home.php?refid=18"><img src="https://static.xx.fbcdn.net/rsrc.php/v3/yk/r/logo.png" width="71" height="24" alt="Facebook" /></a></td>
<td class="k"><a href="/search/?refid=18">Search</a></td></tr></tbody></table></div>
<div id="objects_container"><div class="l" id="root" role="main"><div class="m"><table class="n" role="presentation"><tbody><tr><td><h1 class="o">Les Amis des Chats</h1>
<div class="p">Public group · <a href="/groups/${GROUP}?view=members&amp;refid=18">286,3K members</a></div></td></tr></tbody></table>
<div id="m_group_stories_container"><section class="da db">
${story('2175590815387554', AUTHOR, 'Evie Morel', 'Just now')}
${story('2137741413031325', '100047595250160', 'Harry Girard', '17 December 2025 at 11:41')}
${story('2135770363463044', '100583555564786', 'Amelia Wilson', '17 December 2025 at 12:34')}
</section><div class="dp" id="m_more_item"><a href="/groups/${GROUP}?bacr=1765946472&amp;refid=18">See more posts</a></div></div></div></div></div></div></div></body></html>`;
}

/**
 * The "lite" m.facebook.com a logged-out phone is served: no links to people, only containers with action ids
 * (`data-mcomponent`, `data-action-id`) and their text in `.native-text`, inside `#screen-root`.
 */
export function mLiteGroup(): string {
  const text = (value: string, cls = 'f2') =>
    `<div data-mcomponent="TextArea" data-type="text" data-focusable="true" data-tti-phase="-1" class="m"><div class="native-text" dir="auto"><span class="${cls}">${value}</span></div></div>`;
  const post = (n: number, name: string, time: string) =>
    `<div data-mcomponent="MContainer" data-type="container" data-tracking-duration-id="${n}" data-tti-phase="-1" data-actual-height="412" class="m displayed">
<div data-mcomponent="MContainer" data-type="container" data-focusable="true" data-action-id="${32750 + n}" tabindex="0" class="m">${text(name)}${text(`${time} · 🌐`, 'f5')}</div>
<div data-mcomponent="ServerTextArea" data-type="text" data-tti-phase="-1" class="m">${text('Welcome to all the new members of our friendly group.', 'f1')}</div>
<div data-mcomponent="MContainer" data-type="container" data-long-click-action-id="${32850 + n}" data-comp-id="${22000 + n}" data-action-id="${32950 + n}" role="button" tabindex="0" aria-label="Like" class="m"></div></div>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Les Amis des Chats | Facebook</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"></head><body>
<div id="screen-root"><div data-type="vscroller" data-is-pull-to-refresh-allowed="true" class="m">
<div data-mcomponent="MContainer" data-type="container" data-tti-phase="-1" data-focusable="true" class="m"><div aria-label="Facebook logo" role="img"></div>
<div data-mcomponent="MContainer" data-type="container" data-action-id="31001" role="button" tabindex="0" aria-label="Log in" class="m">${text('Log in')}</div></div>
<div data-mcomponent="MContainer" data-type="container" data-tti-phase="-1" class="m">${text('Les Amis des Chats', 'f3')}${text('Public group · 286.3K members', 'f5')}</div>
${post(1, 'Evie Morel', 'Just now')}${post(2, 'Harry Girard', '17 December 2025')}${post(3, 'Amelia Wilson', '17 December 2025')}
</div></div></body></html>`;
}

const MEMBER_HREF = /\/groups\/[^/?#]+\/user\/\d+/;

/** Anchors become spans with the same children (the link and its address are gone). */
function unlink(document: Document, keep: (href: string) => boolean): void {
  for (const a of Array.from(document.querySelectorAll('a'))) {
    if (keep(a.getAttribute('href') ?? '')) continue;
    const span = document.createElement('span');
    while (a.firstChild) span.appendChild(a.firstChild);
    a.replaceWith(span);
  }
}

/**
 * A feed whose posts no search can find: no page data, no `data-ad-rendering-role`, no role inside the feed, no
 * ARIA relations, no link but the member links (so no post id anywhere), each member link inside two more spans.
 * The authors' names stay visible, linked to their group profiles.
 */
export function hidePosts(document: Document): void {
  for (const script of Array.from(document.querySelectorAll('script'))) script.remove();
  for (const el of Array.from(document.querySelectorAll('[data-ad-rendering-role]')))
    el.removeAttribute('data-ad-rendering-role');
  for (const el of Array.from(document.querySelectorAll('[role="feed"] [role], [role="article"]')))
    el.removeAttribute('role');
  for (const el of Array.from(
    document.querySelectorAll('[aria-labelledby], [aria-describedby], [aria-posinset]'),
  )) {
    el.removeAttribute('aria-labelledby');
    el.removeAttribute('aria-describedby');
    el.removeAttribute('aria-posinset');
  }
  unlink(document, (href) => MEMBER_HREF.test(href));
  for (const a of Array.from(document.querySelectorAll('a'))) {
    const outer = document.createElement('span');
    const inner = outer.appendChild(document.createElement('span'));
    a.replaceWith(outer);
    inner.appendChild(a);
  }
}

/** A members list whose rows lost their list roles (`list`, `listitem`); names and links stay. */
export function dropListRoles(document: Document): void {
  for (const el of Array.from(document.querySelectorAll('[role="list"], [role="listitem"]')))
    el.removeAttribute('role');
}
