/**
 * Issue 8, "Hostile page content", end to end: a members page whose names, badge and heading hold HTML, scripts,
 * direction marks, zero-width characters, emoji and 10,000 characters, read by the built extension, is stored
 * as plain text and shown as text in the panel; nothing is injected or executed, in the panel or in the page.
 * Control: the `html` build, whose panel turns member names into HTML, must fail the same check.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { controlBuild, normalBuild } from '../../guards/builds';
import {
  HOSTILE_BADGE,
  HOSTILE_MEMBERS,
  HOSTILE_URL,
  comparableText,
  hostileMembersPage,
} from '../../guards/hostile';
import { dumpDatabase, launchWithExtension, openPanel } from '../browser';
import type { MemberRow } from '@/storage/schema';
import { showMembers } from './requests';

// Every page of the context reports script execution and blocked inline code (CSP) to these globals.
const TRAPS = `
  window.__pwned = undefined;
  window.__violations = [];
  window.alert = window.confirm = window.prompt = () => { window.__pwned = 'dialog'; };
  // Inline code only: zod probes for eval (\`new Function\`) at start-up, which CSP refuses, harmlessly.
  document.addEventListener('securitypolicyviolation', (event) => {
    if (event.blockedURI === 'inline') window.__violations.push(event.effectiveDirective);
  });
`;

async function serveHostilePage(context: BrowserContext): Promise<void> {
  const html = hostileMembersPage();
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    async (route) => {
      if (route.request().url() === HOSTILE_URL) {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else await route.abort();
    },
  );
}

/** What went wrong in a page: executed code, blocked inline code, dialogs, or elements made from page data. */
async function injectionsIn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const globals = window as unknown as { __pwned?: unknown; __violations?: string[] };
    const problems: string[] = [];
    if (globals.__pwned !== undefined) problems.push(`script ran: __pwned = ${String(globals.__pwned)}`);
    for (const directive of globals.__violations ?? [])
      problems.push(`inline code blocked by CSP (${directive})`);
    const injected = document.querySelectorAll(
      '[onerror], [onload], iframe[srcdoc], script:not([src]), img[src="x"], #root svg[onload]',
    );
    for (const element of Array.from(injected)) problems.push(`injected <${element.tagName.toLowerCase()}>`);
    return problems;
  });
}

/** Reads the hostile page with the build in `extensionDir`; returns every way it was not kept as plain text. */
async function hostileContentProblems(extensionDir: string): Promise<string[]> {
  const { context, extensionId } = await launchWithExtension({ extensionDir });
  try {
    await context.addInitScript(TRAPS);
    await serveHostilePage(context);
    const dialogs: string[] = [];
    context.on('page', (page) =>
      page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message()))),
    );

    const facebook = await context.newPage();
    await facebook.goto(HOSTILE_URL);
    const panel = await openPanel(context, extensionId);
    await showMembers(panel);
    await expect(panel.locator('.member')).toHaveCount(HOSTILE_MEMBERS.length);

    const problems: string[] = [];
    const stored = new Map(
      ((await dumpDatabase(panel)).members as MemberRow[]).map((row) => [row.memberId, row]),
    );
    for (const member of HOSTILE_MEMBERS) {
      const row = stored.get(member.memberId);
      if (!row) {
        problems.push(`${member.memberId}: not stored`);
        continue;
      }
      if (comparableText(row.name) !== comparableText(member.name))
        problems.push(`${member.memberId}: stored name changed`);
      const name = panel.locator(`.member[data-member-id="${member.memberId}"] .member-name`);
      const shown = await name.evaluate((element) => ({
        text: element.textContent,
        elements: element.childElementCount,
      }));
      if (shown.text !== row.name)
        problems.push(`${member.memberId}: shown ${JSON.stringify(shown.text?.slice(0, 60))}`);
      if (shown.elements > 0)
        problems.push(`${member.memberId}: its name became ${shown.elements} element(s)`);
    }
    if ((await panel.locator('.badge', { hasText: HOSTILE_BADGE }).count()) !== 1)
      problems.push('hostile badge not shown as text');

    for (const [where, page] of [
      ['panel', panel],
      ['facebook page', facebook],
    ] as const) {
      problems.push(...(await injectionsIn(page)).map((problem) => `${where}: ${problem}`));
    }
    problems.push(...dialogs.map((message) => `dialog opened: ${message}`));
    return problems;
  } finally {
    await context.close();
  }
}

test('hostile names, badges and headings are stored as plain text and shown as text, never run', async () => {
  // Names include one of exactly 10,000 characters: it must be stored and shown whole.
  expect(Math.max(...HOSTILE_MEMBERS.map((member) => member.name.length))).toBe(10_000);
  expect(await hostileContentProblems(normalBuild('chrome'))).toEqual([]);
});

test('control: a panel that renders member names as HTML is caught by the same check', async () => {
  const problems = await hostileContentProblems(controlBuild('chrome', 'html'));
  expect(problems.join('\n')).toMatch(/its name became \d+ element/);
  expect(problems.join('\n')).toMatch(/panel: (injected <img>|inline code blocked by CSP)/);
});

test('the hostile page really is hostile: the same markup as HTML would run code', async () => {
  // Guards the guard: if the payloads were harmless, the tests above would prove nothing.
  const { context } = await launchWithExtension({ extensionDir: normalBuild('chrome') });
  try {
    await context.addInitScript(TRAPS);
    await serveHostilePage(context);
    const facebook = await context.newPage();
    await facebook.goto(HOSTILE_URL);
    await facebook.evaluate((html) => {
      const target = document.createElement('div');
      document.body.append(target);
      target.append(document.createRange().createContextualFragment(html));
    }, HOSTILE_MEMBERS[0]!.name);
    await expect.poll(() => injectionsIn(facebook)).toContain('script ran: __pwned = dialog');
  } finally {
    await context.close();
  }
});
