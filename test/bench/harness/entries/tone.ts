/** Browser side of `npm run bench -- tone`: the tone check as the panel runs it, in the browser's engine. */
import { checkTone } from '@/utils/tone';

const bench = {
  /** Median time (ms) of one check of each message, over `rounds` rounds of `batch` checks. */
  perMessage(messages: readonly string[], rounds: number, batch: number): number {
    for (let warmUp = 0; warmUp < 20; warmUp++)
      for (const text of messages) checkTone(text, { uiLang: 'en' });
    const samples: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      for (let call = 0; call < batch; call++) {
        for (const text of messages) checkTone(text, { uiLang: 'en' });
      }
      samples.push((performance.now() - started) / (batch * messages.length));
    }
    samples.sort((left, right) => left - right);
    return samples[samples.length >> 1]!;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
