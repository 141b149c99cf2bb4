// @vitest-environment node
/**
 * The command's contract (issue 6): `tone [--lang en|fr] [--ui en|fr] --json` reads stdin and prints
 * {"lang", "hints"}; hints sorted by start, UTF-16 offsets, excerpt = text.slice(start, end), message in the
 * --ui language, suggestion omitted when there is none; exit 0, or 1 with a message on stderr for bad arguments.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toneResultSchema } from '../../../utils/tone/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');

function runTone(args: readonly string[], input: string) {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['test/tools/tone.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('tone command', () => {
  it('prints the hints of a message as JSON, sorted, with exact UTF-16 spans', () => {
    // Emoji before the hints: UTF-16 offsets differ from code point offsets there.
    const text = '🙂👩‍👩‍👧 Tu n’as pas lu les RÈGLES !!! Personne ne lit tes messages, dernier avertissement.';
    const { status, stdout, stderr } = runTone(['--json', '--ui', 'fr'], `${text}\n`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const result = toneResultSchema.parse(JSON.parse(stdout));
    expect(result.lang).toBe('fr');
    expect(result.hints.map((hint) => hint.category)).toEqual(
      expect.arrayContaining(['you-blame', 'shouting', 'absolute', 'threat']),
    );
    const starts = result.hints.map((hint) => hint.start);
    expect(starts).toEqual([...starts].sort((left, right) => left - right));
    for (const hint of result.hints) expect(hint.excerpt).toBe(text.slice(hint.start, hint.end));
    expect(result.hints.find((hint) => hint.category === 'you-blame')).toMatchObject({
      start: text.indexOf('Tu'),
      excerpt: 'Tu n’as pas lu',
      message: expect.stringContaining('La personne'),
    });
  });

  it('writes messages in English by default and follows --lang', () => {
    const { status, stdout } = runTone(['--json', '--lang', 'en'], 'Why is this here?!');
    expect(status).toBe(0);
    const parsed: unknown = JSON.parse(stdout);
    const result = toneResultSchema.parse(parsed);
    expect(result.lang).toBe('en');
    expect(result.hints[0]?.message).toMatch(/shouting/);
    // Only the documented fields, none of them null.
    for (const hint of (parsed as { hints: Record<string, unknown>[] }).hints) {
      expect(
        Object.keys(hint).every((key) =>
          ['category', 'severity', 'start', 'end', 'excerpt', 'message', 'suggestion'].includes(key),
        ),
      ).toBe(true);
      expect(Object.values(hint)).not.toContain(null);
    }
    expect(JSON.parse(runTone(['--json'], '').stdout)).toEqual({ lang: 'en', hints: [] });
  });

  it.each([[['--lang', 'de']], [['--ui']], [['--bogus']], [['--lang=fr']]])(
    'exits 1 with a message on stderr for %j',
    (args) => {
      const { status, stdout, stderr } = runTone(args, 'Stop.');
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/usage: tone/);
    },
  );
});
