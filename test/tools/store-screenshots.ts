/**
 * The store pictures (Chrome Web Store and addons.mozilla.org: 1280×800), taken by `npm run screenshots` after the
 * README's, from the same browser: the built extension on the bundled sample group and its simulated half-year.
 * Each picture is Tend's panel at a side panel's width, beside a sentence on what it shows, in English and in
 * French (the saved Facebook pages render without Facebook's styles, so they are not shown). `npm test` takes them into a temporary directory and checks their size.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { BRAND } from '@/utils/brand';

export const STORE_SIZE = { width: 1280, height: 800 } as const;
const PANEL_WIDTH = 420;

export interface StoreShot {
  file: string;
  language: 'en' | 'fr';
  /** The section, by its id in entrypoints/sidepanel/sections/registry.ts. */
  section: string;
  /** What the picture says beside the panel, in its language. */
  title: string;
  text: string;
  view?: string;
  typeTone?: string;
}

export const STORE_SHOTS: StoreShot[] = [
  {
    file: 'en-1-members.png',
    language: 'en',
    section: 'members',
    view: 'unseen:went-quiet',
    title: 'Notice who went quiet',
    text: 'Counted only on the days Tend saw your group, against each member’s own rhythm. Private: for you alone.',
  },
  {
    file: 'en-2-onboarding.png',
    language: 'en',
    section: 'onboarding',
    title: 'Welcome every newcomer',
    text: 'Who is due for a welcome, a two-month check-in or a one-year word, with the text ready to copy.',
  },
  {
    file: 'en-3-glance.png',
    language: 'en',
    section: 'glance',
    title: 'Your group at a glance',
    text: 'Active members and newcomers week by week, and how much of the group Tend has actually seen.',
  },
  {
    file: 'en-4-tone.png',
    language: 'en',
    section: 'tone',
    typeTone: 'Read the rules before posting. Last warning!!!',
    title: 'Set the tone, kindly',
    text: 'Before you post: what may land badly, and a gentler way to say it. Nothing leaves your browser.',
  },
  {
    file: 'fr-1-membres.png',
    language: 'fr',
    section: 'members',
    view: 'unseen:went-quiet',
    title: 'Voyez qui s’est fait discret',
    text: 'Compté seulement sur les jours où Tend a vu votre groupe, selon le rythme de chacun. Privé : pour vous seul.',
  },
  {
    file: 'fr-2-accueil.png',
    language: 'fr',
    section: 'onboarding',
    title: 'Accueillez chaque nouveau',
    text: 'Qui attend un mot de bienvenue, des nouvelles après deux mois ou un mot après un an, le texte prêt à copier.',
  },
  {
    file: 'fr-3-apercu.png',
    language: 'fr',
    section: 'glance',
    title: 'Votre groupe en un coup d’œil',
    text: 'Membres actifs et nouveaux semaine après semaine, et la part du groupe que Tend a vraiment vue.',
  },
  {
    file: 'fr-4-ton.png',
    language: 'fr',
    section: 'tone',
    typeTone: 'Attention, tu n’as pas lu les règles. Dernier avertissement !!!',
    title: 'Donnez le ton, avec douceur',
    text: 'Avant de publier : ce qui risque d’être mal reçu, et une façon plus douce de le dire. Rien ne quitte votre navigateur.',
  },
];

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** One picture: what it shows, in words, on Tend's green, and the panel beside it at a side panel's width. */
async function composeShot(
  context: BrowserContext,
  panel: Page,
  shot: StoreShot,
  setLanguage: (page: Page, language: 'en' | 'fr') => Promise<void>,
): Promise<Buffer> {
  await setLanguage(panel, shot.language);
  await panel.locator(`#tab-${shot.section}`).click();
  if (shot.view) await panel.getByLabel(/^(Show|Afficher)$/).selectOption(shot.view);
  if (shot.typeTone) await panel.getByRole('textbox').first().fill(shot.typeTone);
  await panel.waitForTimeout(800);
  const right = await panel.screenshot();
  const icon = readFileSync(path.resolve(import.meta.dirname, '../../public/icon/128.png'));
  const frame = await context.newPage();
  await frame.setViewportSize(STORE_SIZE);
  await frame.setContent(
    `<body style="margin:0;display:flex;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;overflow:hidden;font-family:sans-serif">
      <div style="flex:1;background:${BRAND.deep};color:#fff;padding:96px 72px;box-sizing:border-box">
        <img src="${dataUrl(icon)}" width="96" height="96" alt="">
        <h1 style="font-size:52px;line-height:1.15;margin:48px 0 24px">${escapeHtml(shot.title)}</h1>
        <p style="font-size:28px;line-height:1.4;margin:0">${escapeHtml(shot.text)}</p>
      </div>
      <img src="${dataUrl(right)}" width="${PANEL_WIDTH}" height="${STORE_SIZE.height}" alt="">
    </body>`,
  );
  const picture = await frame.screenshot();
  await frame.close();
  return picture;
}

/** Takes every store picture into `outDir`; returns their paths. */
export async function takeStoreScreenshots(
  context: BrowserContext,
  panel: Page,
  outDir: string,
  setLanguage: (page: Page, language: 'en' | 'fr') => Promise<void>,
): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  // An admin name, as a real admin would set it, so the onboarding section shows no reminder to set one.
  await panel.evaluate(async () => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
    ).chrome.runtime;
    await runtime.sendMessage({ type: 'updateSettings', patch: { adminName: 'Camille' } });
  });
  await panel.setViewportSize({ width: PANEL_WIDTH, height: STORE_SIZE.height });
  const saved: string[] = [];
  for (const shot of STORE_SHOTS) {
    await panel.emulateMedia({ colorScheme: 'light' });
    const picture = await composeShot(context, panel, shot, setLanguage);
    const file = path.join(outDir, shot.file);
    writeFileSync(file, picture);
    saved.push(file);
  }
  return saved;
}

/** Why `files` are not the store pictures (one per shot, each a 1280×800 PNG); empty when they are. */
export function storePictureProblems(files: readonly string[]): string[] {
  const problems =
    files.length === STORE_SHOTS.length ? [] : [`${files.length} pictures, not ${STORE_SHOTS.length}`];
  for (const file of files) {
    const bytes = readFileSync(file);
    const size =
      bytes.toString('latin1', 1, 4) === 'PNG' ? [bytes.readUInt32BE(16), bytes.readUInt32BE(20)] : [];
    if (size[0] !== STORE_SIZE.width || size[1] !== STORE_SIZE.height)
      problems.push(
        `${path.basename(file)} is ${size.join('×') || 'not a PNG'}, not ${STORE_SIZE.width}×${STORE_SIZE.height}`,
      );
  }
  return problems;
}
