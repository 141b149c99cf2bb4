/**
 * Issue 19, "Store listings, in English and French": the texts in store/ hold what the stores ask for. In each
 * listing (store/listing.en.md, store/listing.fr.md): the Chrome Web Store summary is the package's own
 * description in that language (≤ 132 characters), the AMO summary is at most 250, there is a single-purpose
 * statement, and every permission of the README's table has its justification row. The privacy policy has an
 * English and a French part, and store/screenshots/ holds the pictures at the stores' size.
 *
 *   npx tsx test/tools/check-store-texts.ts
 *
 * Controls: a listing without one permission's row, and one with a 133-character summary, must be refused.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../guards/builds';
import { documentedAccess } from '../guards/manifest';
import { report } from './packages';
import { storePictureProblems } from './store-screenshots';

const STORE = path.join(ROOT, 'store');
const read = (file: string) => readFileSync(file, 'utf8');
const readme = read(path.join(ROOT, 'README.md'));
const documented = documentedAccess(readme);
const permissions = [...new Set([...documented.permissions.chrome, ...documented.permissions.firefox])];

/** The text of each `> …` quote (a paragraph of quoted lines) of a section, its lines joined, in order. */
function quotesOf(section: string): string[] {
  return section
    .split(/\n\s*\n/)
    .filter((block) => block.startsWith('>'))
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/^>\s?/, '').trim())
        .join(' ')
        .trim(),
    );
}

function listingProblems(text: string, description: string): string[] {
  const sections = text.split(/^## /m).slice(1);
  const problems: string[] = [];
  const summaries = quotesOf(sections[1] ?? '');
  const [chrome, amo] = summaries;
  if (chrome !== description)
    problems.push(`Chrome summary ${JSON.stringify(chrome)} is not the package's description`);
  if (!chrome || [...chrome].length > 132)
    problems.push(`Chrome summary has ${[...(chrome ?? '')].length} characters (≤ 132)`);
  if (!amo || [...amo].length > 250)
    problems.push(`AMO summary has ${[...(amo ?? '')].length} characters (≤ 250)`);
  const singlePurpose = sections.find((section) => section.split('\n')[0]!.endsWith('(Chrome Web Store)'));
  if (!singlePurpose || quotesOf(singlePurpose).length === 0)
    problems.push('no single-purpose statement (a quoted section titled "… (Chrome Web Store)")');
  const rows = text.split('\n').filter((line) => line.startsWith('|'));
  for (const permission of permissions)
    if (!rows.some((row) => row.split('|')[1]?.includes(`\`${permission}\``)))
      problems.push(`no justification row for ${permission}`);
  for (const host of documented.optionalHostPermissions)
    if (!rows.some((row) => row.split('|')[1]?.includes(`\`${host}\``)))
      problems.push(`no justification row for ${host}`);
  for (const match of documented.contentScriptMatches)
    if (!rows.some((row) => row.includes(`\`${match}\``))) problems.push(`no justification row for ${match}`);
  return problems;
}

const messagesOf = (language: string) =>
  JSON.parse(read(path.join(ROOT, 'public', '_locales', language, 'messages.json'))) as Record<
    string,
    { message: string }
  >;
const listings = (['en', 'fr'] as const).map((language) => ({
  language,
  text: read(path.join(STORE, `listing.${language}.md`)),
  description: messagesOf(language).extensionDescription?.message ?? '',
}));
const policy = read(path.join(STORE, 'privacy-policy.md'));
const pictures = readdirSync(path.join(STORE, 'screenshots'))
  .filter((file) => file.endsWith('.png'))
  .map((file) => path.join(STORE, 'screenshots', file));

const english = listings[0]!;
const withoutStorage = english.text
  .split('\n')
  .filter((line) => !line.startsWith('| `storage`'))
  .join('\n');
const longSummary = english.text.replace(`> ${english.description}`, `> ${'x'.repeat(133)}`);

report('Store texts in store/', [
  ...listings.map(({ language, text, description }): [string, boolean, string?] => {
    const problems = listingProblems(text, description);
    return [`listing.${language}.md has what the stores ask for`, problems.length === 0, problems.join('\n')];
  }),
  [
    'the privacy policy has an English and a French part',
    /^## English$/m.test(policy) && /^## Français$/m.test(policy),
  ],
  [
    'store/screenshots/ holds the store pictures at 1280×800',
    storePictureProblems(pictures).length === 0,
    storePictureProblems(pictures).join('\n'),
  ],
  [
    'control: a listing without the storage justification is refused',
    listingProblems(withoutStorage, english.description).some((problem) => problem.includes('storage')),
  ],
  [
    'control: a 133-character Chrome summary is refused',
    listingProblems(longSummary, english.description).some((problem) => problem.includes('133 characters')),
  ],
]);
