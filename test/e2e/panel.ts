/** Page-object helpers for Tend's panel. */
import type { Page } from '@playwright/test';

async function scanOnce(panel: Page): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const list = panel.locator('.virtual-scroll');
  await list.evaluate((element) => element.scrollTo(0, 0));
  for (let step = 0; step < 10_000; step += 1) {
    await panel.waitForTimeout(30);
    const rows = await panel
      .locator('.member')
      .evaluateAll((elements) =>
        elements.map((element) => [
          element.getAttribute('data-member-id') ?? '',
          element.querySelector('.member-name')?.textContent ?? '',
        ]),
      );
    for (const [id, name] of rows) found.set(id!, name!);
    const atEnd = await list.evaluate((element) => {
      const end = element.scrollTop + element.clientHeight >= element.scrollHeight - 1;
      element.scrollBy(0, element.clientHeight * 0.8);
      return end;
    });
    // At the end, a "loading" row means the next page is on its way: wait for it instead of stopping.
    if (atEnd && (await list.locator('li .empty').count()) === 0) break;
  }
  return found;
}

/**
 * Every member the panel's (virtualised) list shows, id → name, gathered by scrolling it from top to bottom:
 * only the rows in view exist in the page at any time. The list is live (rows move while pages are still being
 * read), so it scans until two passes agree.
 */
export async function collectListedMembers(panel: Page): Promise<Map<string, string>> {
  // A tab in the background is not rendered: the virtual list would not follow the scrolling.
  await panel.bringToFront();
  const membersTab = panel.getByRole('tab', { name: /^(Members|Membres)$/ });
  if ((await membersTab.getAttribute('aria-selected')) !== 'true') await membersTab.click();
  let previous = await scanOnce(panel);
  for (let pass = 0; pass < 5; pass += 1) {
    const current = await scanOnce(panel);
    if (current.size === previous.size && [...current].every(([id, name]) => previous.get(id) === name))
      return current;
    previous = current;
  }
  return previous;
}
