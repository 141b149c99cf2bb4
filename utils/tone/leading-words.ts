/**
 * Works out, from a phrase rule's pattern, the whole words a match can begin with, so the check can try each
 * rule only where one of those words starts instead of scanning the whole text with every rule.
 *
 * "Word" means a token of the normalised text: a maximal run of a-z and 0-9 (see `isTokenUnit`). The answer is
 * a superset (the rule's regex still decides), or `undefined` when a match might begin somewhere that is not
 * the start of a token (no `\b` before the first letter, punctuation first, a word whose end the pattern does not
 * fix): such a rule is then run over the whole text, as before. Only the regular-expression syntax the rule
 * tables use is understood; anything else also gives `undefined`.
 */

/** Letters and digits of the normalised text: what a token is made of. */
export const isTokenUnit = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

const allTokenUnits = 'abcdefghijklmnopqrstuvwxyz0123456789';
const digits = '0123456789';

/** The characters one step of a pattern may consume: which token units, and whether anything else. */
interface CharSet {
  readonly tokenUnits: string;
  readonly other: boolean;
}

type Node =
  | { readonly kind: 'chars'; readonly chars: CharSet }
  | { readonly kind: 'group'; readonly alternatives: readonly (readonly Step[])[] }
  | { readonly kind: 'boundary' }
  | { readonly kind: 'lookaround' }
  | { readonly kind: 'start' }
  | { readonly kind: 'end' };

interface Step {
  readonly node: Node;
  readonly min: number;
  readonly max: number;
}

class Unsupported extends Error {}

const escapeSets: Readonly<Record<string, CharSet>> = {
  s: { tokenUnits: '', other: true },
  S: { tokenUnits: allTokenUnits, other: true },
  w: { tokenUnits: allTokenUnits, other: true },
  W: { tokenUnits: '', other: true },
  d: { tokenUnits: digits, other: false },
  D: { tokenUnits: allTokenUnits.slice(0, 26), other: true },
};

const literal = (char: string): CharSet =>
  isTokenUnit(char.charCodeAt(0)) ? { tokenUnits: char, other: false } : { tokenUnits: '', other: true };

/** `\n`, `\t`… are control characters, not letters; other escapes (`\.`, `\-`) stand for themselves. */
const escapedLiteral = (char: string): CharSet =>
  /[ntrfv0]/.test(char) ? { tokenUnits: '', other: true } : literal(char);

const unite = (sets: readonly CharSet[]): CharSet => ({
  tokenUnits: [...new Set(sets.flatMap((set) => [...set.tokenUnits]))].join(''),
  other: sets.some((set) => set.other),
});

class Parser {
  private position = 0;

  constructor(private readonly source: string) {}

  parse(): readonly (readonly Step[])[] {
    const alternatives = this.alternatives();
    if (this.position !== this.source.length) throw new Unsupported('unbalanced parenthesis');
    return alternatives;
  }

  private alternatives(): (readonly Step[])[] {
    const alternatives: Step[][] = [this.sequence()];
    while (this.source[this.position] === '|') {
      this.position++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Step[] {
    const steps: Step[] = [];
    while (this.position < this.source.length) {
      const char = this.source[this.position]!;
      if (char === '|' || char === ')') break;
      const node = this.atom();
      const [min, max] = this.quantifier();
      steps.push({ node, min, max });
    }
    return steps;
  }

  private atom(): Node {
    const char = this.source[this.position++]!;
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return { kind: 'chars', chars: this.charClass() };
      case '\\': {
        const escaped = this.source[this.position++];
        if (escaped === 'b') return { kind: 'boundary' };
        if (escaped === undefined || escaped === 'B' || /[1-9kpPuxc]/.test(escaped)) {
          throw new Unsupported(`escape \\${escaped ?? ''}`);
        }
        return { kind: 'chars', chars: escapeSets[escaped] ?? escapedLiteral(escaped) };
      }
      case '.':
        return { kind: 'chars', chars: { tokenUnits: allTokenUnits, other: true } };
      case '^':
        return { kind: 'start' };
      case '$':
        return { kind: 'end' };
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unsupported(`quantifier without atom at ${this.position - 1}`);
      default:
        return { kind: 'chars', chars: literal(char) };
    }
  }

  private group(): Node {
    let lookaround = false;
    if (this.source.startsWith('?:', this.position)) this.position += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.position, this.position + 3))) {
      lookaround = true;
      this.position += this.source[this.position + 1] === '<' ? 3 : 2;
    } else if (this.source[this.position] === '?') throw new Unsupported('named or flagged group');
    const alternatives = this.alternatives();
    if (this.source[this.position++] !== ')') throw new Unsupported('unclosed group');
    return lookaround ? { kind: 'lookaround' } : { kind: 'group', alternatives };
  }

  private charClass(): CharSet {
    const negated = this.source[this.position] === '^';
    if (negated) this.position++;
    const members: CharSet[] = [];
    let first = true;
    while (this.source[this.position] !== ']' || first) {
      first = false;
      const char = this.source[this.position++];
      if (char === undefined) throw new Unsupported('unclosed class');
      let from: string;
      if (char === '\\') {
        const escaped = this.source[this.position++] ?? '';
        const set = escapeSets[escaped];
        if (set) {
          members.push(set);
          continue;
        }
        if (/[bBupPxc]/.test(escaped)) throw new Unsupported(`class escape \\${escaped}`);
        if (/[ntrfv0]/.test(escaped)) {
          members.push(escapedLiteral(escaped));
          continue;
        }
        from = escaped;
      } else from = char;
      if (this.source[this.position] === '-' && this.source[this.position + 1] !== ']') {
        this.position++;
        let to = this.source[this.position++] ?? '';
        if (to === '\\') to = this.source[this.position++] ?? '';
        members.push(this.range(from, to));
      } else members.push(literal(from));
    }
    this.position++;
    const union = unite(members);
    if (!negated) return union;
    return {
      tokenUnits: [...allTokenUnits].filter((unit) => !union.tokenUnits.includes(unit)).join(''),
      other: true,
    };
  }

  private range(from: string, to: string): CharSet {
    const low = from.charCodeAt(0);
    const high = to.charCodeAt(0);
    if (!(low <= high)) throw new Unsupported(`range ${from}-${to}`);
    const tokenUnits = [...allTokenUnits].filter((unit) => {
      const code = unit.charCodeAt(0);
      return code >= low && code <= high;
    });
    return { tokenUnits: tokenUnits.join(''), other: high - low + 1 > tokenUnits.length };
  }

  private quantifier(): [number, number] {
    const char = this.source[this.position];
    let bounds: [number, number] = [1, 1];
    if (char === '?') bounds = [0, 1];
    else if (char === '*') bounds = [0, Infinity];
    else if (char === '+') bounds = [1, Infinity];
    else if (char === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.position));
      if (!braces) throw new Unsupported('brace');
      const min = Number(braces[1]);
      const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      this.position += braces[0].length - 1;
      bounds = [min, max];
    } else return bounds;
    this.position++;
    if (this.source[this.position] === '?') this.position++; // lazy: same set of matches
    return bounds;
  }
}

/** What is left to match: a step (with the repetitions still allowed) and what follows it. */
interface Continuation {
  readonly step: Step;
  readonly rest: Continuation | null;
}

const prepend = (steps: readonly Step[], rest: Continuation | null): Continuation | null =>
  steps.reduceRight<Continuation | null>((next, step) => ({ step, rest: next }), rest);

/** Bounds on the search, so that an odd pattern gives up (and is scanned) instead of taking long. */
const maxExplored = 50_000;
const maxWordLength = 40;
const maxBranching = 8;

class Explorer {
  readonly words = new Set<string>();
  private explored = 0;

  /**
   * Follows every way the pattern can start. `word` is the token text consumed so far (undefined before the
   * first character); `atBoundary` says a `\b` (or `^`) was passed before it.
   */
  explore(continuation: Continuation | null, word: string | undefined, atBoundary: boolean): void {
    if (++this.explored > maxExplored) throw new Unsupported('too many paths');
    // The match may end here: before any character it is empty; inside a word, the token may go on.
    if (continuation === null) throw new Unsupported('match can end before its first word ends');
    const { step, rest } = continuation;
    if (step.max === 0) {
      this.explore(rest, word, atBoundary);
      return;
    }
    const again: Continuation = {
      step: { node: step.node, min: Math.max(0, step.min - 1), max: step.max - 1 },
      rest,
    };
    if (step.min === 0) this.explore(rest, word, atBoundary);
    this.once(step.node, again, word, atBoundary);
  }

  private once(node: Node, next: Continuation, word: string | undefined, atBoundary: boolean): void {
    switch (node.kind) {
      case 'lookaround':
        // Zero-width: ignoring it can only allow more starts, never fewer.
        this.explore(next, word, atBoundary);
        return;
      case 'boundary':
      case 'start':
        if (word === undefined) this.explore(next, word, true);
        else if (node.kind === 'boundary') this.words.add(word); // the token ends here
        return;
      case 'end':
        if (word === undefined) throw new Unsupported('empty match');
        this.words.add(word);
        return;
      case 'group':
        for (const alternative of node.alternatives)
          this.explore(prepend(alternative, next), word, atBoundary);
        return;
      case 'chars': {
        const { tokenUnits, other } = node.chars;
        if (word === undefined) {
          if (!atBoundary || other)
            throw new Unsupported('a match may start inside a word or on punctuation');
        } else if (other) this.words.add(word); // a non-token character ends the token
        if (tokenUnits.length === 0) return;
        if (tokenUnits.length > maxBranching) throw new Unsupported('open-ended word');
        if ((word?.length ?? 0) >= maxWordLength) throw new Unsupported('word too long');
        for (const unit of tokenUnits) this.explore(next, (word ?? '') + unit, atBoundary);
        return;
      }
    }
  }
}

/**
 * The tokens a match of `pattern` (compiled without flags that change its meaning, run on normalised text) can
 * begin with, or `undefined` when that cannot be told from the pattern.
 */
export function leadingWords(pattern: string): ReadonlySet<string> | undefined {
  try {
    const explorer = new Explorer();
    for (const alternative of new Parser(pattern).parse()) {
      explorer.explore(prepend(alternative, null), undefined, false);
    }
    return explorer.words;
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
}
