/**
 * The extension's content security policy forbids eval, and Tend never asks for it: no page of Tend's, nor its
 * content script, has a CSP violation on its console. zod 4 probes for eval (`new Function`) when its first
 * schema is built, unless told `jitless` (utils/zod-config.ts, imported first by every entrypoint); the refused
 * probe would be logged on every start. Positive control: the `zod-jit` build leaves the probe on and must be
 * caught by the same check.
 *
 * Seen two ways: the browser's own console message ("Refused to evaluate a string as JavaScript…", which the
 * DevTools protocol reports as a log entry of the page), and the `securitypolicyviolation` event, listened to
 * from before any script of the page runs. The service worker's log entries are not reported to Playwright;
 * it builds the same schemas from the same first import.
 */
import { expect, test } from '@playwright/test';
import { controlBuild, normalBuild, registeredSectionIds } from '../../guards/builds';
import { launchWithExtension, openPanel } from '../browser';
import { SAMPLE_PAGES, serveFacebook } from '../site';
import { showMembers } from './requests';

const VIOLATION = /Content Security Policy|unsafe-eval|Refused to evaluate/i;

/** Opens the popup, a facebook.com page, and every panel section; returns the CSP violations seen. */
async function cspViolations(extensionDir: string): Promise<string[]> {
  const { context, extensionId } = await launchWithExtension({ extensionDir });
  try {
    const seen: string[] = [];
    context.on('console', (message) => {
      if (VIOLATION.test(message.text()))
        seen.push(`${message.page()?.url() ?? message.location().url}: ${message.text()}`);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(
          `Content Security Policy event: ${event.effectiveDirective} blocked ${event.blockedURI}`,
        ),
      );
    });
    await serveFacebook(context, [SAMPLE_PAGES.members]);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('body')).not.toBeEmpty();
    await (await context.newPage()).goto(SAMPLE_PAGES.members.url);
    const panel = await openPanel(context, extensionId);
    await showMembers(panel);
    for (const id of registeredSectionIds()) {
      await panel.locator(`#tab-${id}`).click();
      await expect(panel.getByRole('tabpanel')).toHaveAttribute('id', `section-${id}`);
    }
    return seen;
  } finally {
    await context.close();
  }
}

test('no page of Tend, nor its content script, logs a content security policy violation', async () => {
  expect(await cspViolations(normalBuild('chrome'))).toEqual([]);
});

test("control: a build that lets zod probe for eval is caught on the extension's pages", async () => {
  const seen = await cspViolations(controlBuild('chrome', 'zod-jit'));
  expect(seen.join('\n')).toMatch(
    /chrome-extension:\/\/[a-p]{32}\/(popup|sidepanel)\.html: .*(unsafe-eval|script-src)/,
  );
});
