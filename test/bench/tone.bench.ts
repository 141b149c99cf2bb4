/**
 * Tone-check speed: Tend's check against `alex` (dev-only baseline) on the same 2,000-character English
 * message, and a 2,000-character French message against the English one. Medians over repeated rounds (for
 * French, the median of its ratio to the English measured in the same round). Then the time per 2,000-character
 * message in the panel's engine: the check bundled for the browser and run in Debian's Chromium, median over
 * rounds of both messages.
 *
 *   tsx test/bench/tone.bench.ts
 *
 * Last line: `tone: vs-alex=35x fr/en=0.9 per-msg=0.4ms` (targets: at least 20x, at most 1).
 */
import { text as alexText } from 'alex';
import { performance } from 'node:perf_hooks';
import { checkTone } from '../../utils/tone/index.ts';
import { withBenchPage } from './harness/chromium';

const messageLength = 2_000;

const englishSentences = [
  'Hi everyone, thanks for all the lovely posts this week about the school holidays.',
  'Warning: the thread about the new bus timetable got heated, so I closed the comments for tonight.',
  'You keep posting the same advert in every thread, and selling is not allowed in this group.',
  'As I already said, the pinned post explains where to share job offers, it is not that hard to find.',
  'Please STOP tagging strangers!!! Nobody here agrees with you, and this is your last warning.',
  'I moved your question to the weekly thread so more people see it, I hope that is okay with you.',
  '@Kevin Brown this is off topic, please remove it before I block you.',
  'Could we keep this about sleep tips? I would love to hear more of your experiences 🙂',
];
const frenchSentences = [
  'Bonjour à toutes et à tous, merci pour vos belles publications cette semaine sur les vacances scolaires.',
  'Attention : le fil sur les nouveaux horaires de bus s’est envenimé, alors j’ai fermé les commentaires ce soir.',
  'Tu continues à poster la même annonce partout, et la vente est interdite dans ce groupe.',
  'Comme je l’ai déjà dit, le post épinglé explique où partager les offres, ce n’est pas si compliqué.',
  'Arrête de TAGUER des inconnus !!! Personne n’est d’accord avec toi, c’est ton dernier avertissement.',
  'J’ai déplacé ta question dans le fil de la semaine pour qu’elle soit plus visible, j’espère que ça te va.',
  '@Kevin Martin c’est hors sujet, merci de supprimer, sinon je te bloque.',
  'Est-ce qu’on pourrait garder ce fil sur le sommeil ? J’aimerais lire vos expériences 🙂',
];

/** Repeats sentences until the message is exactly `messageLength` UTF-16 units long. */
function buildMessage(sentences: readonly string[]): string {
  let message = '';
  for (let index = 0; message.length < messageLength; index++) {
    message += `${sentences[index % sentences.length]!} `;
  }
  return message.slice(0, messageLength);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Average time of one call over a batch. */
function timeBatch(run: () => unknown, batchSize: number): number {
  const started = performance.now();
  for (let call = 0; call < batchSize; call++) run();
  return (performance.now() - started) / batchSize;
}

const english = buildMessage(englishSentences);
const french = buildMessage(frenchSentences);

const englishHints = checkTone(english, { uiLang: 'en' });
const frenchHints = checkTone(french, { uiLang: 'fr' });
if (englishHints.lang !== 'en' || frenchHints.lang !== 'fr')
  throw new Error('benchmark messages detected in the wrong language');

const runTendEnglish = (): unknown => checkTone(english, { uiLang: 'en' });
const runTendFrench = (): unknown => checkTone(french, { uiLang: 'fr' });
const runAlex = (): unknown => alexText(english);
for (let warmUp = 0; warmUp < 3; warmUp++) {
  timeBatch(runTendEnglish, 50);
  timeBatch(runTendFrench, 50);
  timeBatch(runAlex, 1);
}
// Rounds interleave the three measurements so that load from other processes hits them alike: short batches
// (a few milliseconds), many rounds, and English and French taking turns at going first, so that neither
// language is always the one that pays for the garbage collection the other one left behind.
const samples = {
  tendEnglish: [] as number[],
  tendFrench: [] as number[],
  alexEnglish: [] as number[],
  frenchRatios: [] as number[],
};
for (let round = 0; round < 75; round++) {
  let english = 0;
  let french = 0;
  if (round % 2 === 0) {
    english = timeBatch(runTendEnglish, 10);
    french = timeBatch(runTendFrench, 10);
  } else {
    french = timeBatch(runTendFrench, 10);
    english = timeBatch(runTendEnglish, 10);
  }
  samples.tendEnglish.push(english);
  samples.tendFrench.push(french);
  // French against the English measured right beside it, in the same round.
  samples.frenchRatios.push(french / english);
  samples.alexEnglish.push(timeBatch(runAlex, 1));
}
const tendEnglish = median(samples.tendEnglish);
const tendFrench = median(samples.tendFrench);
const alexEnglish = median(samples.alexEnglish);

const speedUp = alexEnglish / tendEnglish;
const frenchRatio = median(samples.frenchRatios);
console.log(`message length: en ${english.length}, fr ${french.length} characters`);
console.log(`tend en: ${(tendEnglish * 1000).toFixed(0)} µs (${englishHints.hints.length} hints)`);
console.log(`tend fr: ${(tendFrench * 1000).toFixed(0)} µs (${frenchHints.hints.length} hints)`);
console.log(`alex en: ${alexEnglish.toFixed(1)} ms`);
const perMessage = await withBenchPage('test/bench/harness/entries/tone.ts', ({ call }) =>
  call<number>('perMessage', [english, french], 41, 10),
);
console.log(`panel engine (Chromium): ${(perMessage * 1000).toFixed(0)} µs per 2,000-character message`);
console.log(
  `tone: vs-alex=${Math.round(speedUp)}x fr/en=${frenchRatio.toFixed(2)} per-msg=${perMessage.toFixed(2)}ms`,
);
