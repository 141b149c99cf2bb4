/**
 * Tone check on the command line: reads a message on stdin.
 *
 *   tsx test/tools/tone.ts [--lang en|fr] [--ui en|fr] [--newcomer] [--first-reply] [--json]
 *
 * With --json prints {"lang":"fr","hints":[...]} (a hint's `suggestion` is omitted when there is none);
 * without it, one readable line per hint. Exit 0; exit 1 with a message on stderr for bad arguments.
 */
import {
  checkTone,
  toneLangSchema,
  type ToneContext,
  type ToneLang,
  type ToneOptions,
} from '../../utils/tone/index.ts';

const usage = 'usage: tone [--lang en|fr] [--ui en|fr] [--newcomer] [--first-reply] [--json] < message.txt';

type ParsedArguments = { options: ToneOptions; json: boolean } | { error: string };

function parseArguments(argv: readonly string[]): ParsedArguments {
  let lang: ToneLang | undefined;
  let uiLang: ToneLang = 'en';
  let json = false;
  const context: ToneContext = {};
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--json') json = true;
    else if (argument === '--newcomer') context.toNewcomer = true;
    else if (argument === '--first-reply') context.firstReply = true;
    else if (argument === '--lang' || argument === '--ui') {
      const value = toneLangSchema.safeParse(argv[++index]);
      if (!value.success) return { error: `${argument} expects "en" or "fr"` };
      if (argument === '--lang') lang = value.data;
      else uiLang = value.data;
    } else return { error: `unknown argument: ${argument}` };
  }
  const hasContext = context.toNewcomer === true || context.firstReply === true;
  return {
    json,
    options: { uiLang, ...(lang ? { lang } : {}), ...(hasContext ? { context } : {}) },
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  // A trailing newline from `echo` or a file is not part of the message.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function main(): Promise<number> {
  const parsed = parseArguments(process.argv.slice(2));
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n${usage}\n`);
    return 1;
  }
  const text = await readStdin();
  const result = checkTone(text, parsed.options);
  if (parsed.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  }
  process.stdout.write(`language: ${result.lang}, ${result.hints.length} hint(s)\n`);
  for (const hint of result.hints) {
    const suggestion =
      hint.suggestion === undefined
        ? ''
        : hint.suggestion.kind === 'rephrase'
          ? `\n    try: ${hint.suggestion.text}`
          : `\n    see the gentle reply: ${hint.suggestion.situation}`;
    process.stdout.write(
      `- [${hint.severity}] ${hint.category} ${hint.start}-${hint.end} "${hint.excerpt}"\n    ${hint.message}${suggestion}\n`,
    );
  }
  return 0;
}

process.exitCode = await main();
