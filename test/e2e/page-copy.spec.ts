/**
 * Reporting a page Tend cannot read, without sending anything: the January 2026 feed, its post markup scrambled as
 * a Facebook redesign would (no `data-ad-rendering-role`, no `role=feed`) while its author's link stays, is served
 * at its facebook.com address. The panel says the page could not be read, saves an anonymised copy of it on a click
 * and says where it went; the file holds none of the page's names or ids, and Tend made no request meanwhile.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Route } from '@playwright/test';
import { normalBuild } from '../guards/builds';
import { launchWithExtension, openPanel } from './browser';
import { RequestRecorder } from './guards/requests';
import { FIXTURES, readTruth } from './site';

const FIXTURE = 'www_comet_group_feed_2026-01.html';
interface Truth {
  page_url: string;
  group_id: string;
  group_vanity: string;
  group_name: string;
  people: { user_id: string; display_name: string; vanity: string | null }[];
}

/** What a redesign that hides the posts from every search looks like; the author's link and name remain. */
const scrambled = (html: string) =>
  html.replace(/data-ad-rendering-role=/g, 'data-x-role=').replace(/role="feed"/g, 'role="presentation"');

test('a page Tend could not read can be saved as an anonymised copy, and nothing is sent', async () => {
  const truth = readTruth<Truth>(FIXTURE);
  // At the group's numeric address (the capture's own address shows its vanity name).
  const address = `https://www.facebook.com/groups/${truth.group_id}/?sorting_setting=CHRONOLOGICAL`;
  const page = scrambled(readFileSync(path.join(FIXTURES, FIXTURE), 'utf8'));
  const { context, extensionId } = await launchWithExtension({ extensionDir: normalBuild('chrome') });
  try {
    const recorder = new RequestRecorder(context, extensionId);
    await context.route(
      (url) => url.protocol === 'https:' || url.protocol === 'http:',
      (route: Route) =>
        route.request().url() === address
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page })
          : route.abort(),
    );
    const facebook = await context.newPage();
    await recorder.watchContentScripts(facebook);
    await facebook.goto(address);

    const panel = await openPanel(context, extensionId);
    // The admin looks at the Facebook tab (the panel follows the page looked at last), then at the panel.
    await facebook.bringToFront();
    const banner = panel.getByTestId('unreadable-page');
    await expect(banner).toContainText(
      'Tend could not read this page (group feed). Facebook may have changed',
    );
    await panel.bringToFront();

    const download = panel.waitForEvent('download');
    await banner.getByRole('button', { name: 'Save an anonymised copy of this page' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^tend-page-copy-group-feed-\d{4}-\d{2}-\d{2}\.html$/);
    await expect(banner.getByTestId('page-copy-result')).toHaveText(
      `Saved to your Downloads folder (or wherever your browser saves files) as ${file.suggestedFilename()}.`,
    );

    const copy = readFileSync(await file.path(), 'utf8');
    expect(copy).toContain('role="presentation"');
    expect(copy.length).toBeGreaterThan(page.length / 2);
    const personal = [
      truth.group_id,
      truth.group_vanity,
      truth.group_name,
      ...truth.people.flatMap((person) => [person.user_id, person.display_name]),
    ];
    // The check finds them in the page itself, so their absence from the copy means something.
    for (const value of personal) expect(page).toContain(value);
    for (const value of personal) expect(copy).not.toContain(value);
    expect(recorder.all).toContain(address);
    expect(recorder.own).toEqual([]);
  } finally {
    await context.close();
  }
});
