/** CPU profile of work done in a page (Chrome DevTools Protocol sampling profiler), summarised by function. */
import type { Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Runs `work` under the profiler; returns the top functions by self time and by total (inclusive) time. */
export async function profileIn(page: Page, work: () => Promise<unknown>, top = 15) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] };
  };
  await cdp.detach();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node: ProfileNode) => node.callFrame.functionName || '(anonymous)';
  // A built-in (querySelectorAll, getAttribute…) is named with its caller: which search costs what shows.
  const label = (node: ProfileNode) => {
    const caller = parent.has(node.id) ? byId.get(parent.get(node.id)!) : undefined;
    const builtIn = (of: ProfileNode) => of.callFrame.lineNumber < 0;
    return builtIn(node) && caller && !builtIn(caller) ? `${name(node)} ← ${name(caller)}` : name(node);
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let samples = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    samples += hits;
    self.set(label(node), (self.get(label(node)) ?? 0) + hits);
    // Inclusive: count each function once per stack.
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const name = label(byId.get(id)!);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + hits);
    }
  }
  const share = (map: Map<string, number>) =>
    [...map]
      .filter(
        ([name]) => !['(root)', '(program)', '(idle)', '(garbage collector)'].includes(name) || map === self,
      )
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, hits]) => `${((100 * hits) / samples).toFixed(1).padStart(5)}%  ${name}`);
  return { self: share(self), total: share(total) };
}
