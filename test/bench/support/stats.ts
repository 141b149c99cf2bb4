/** Small statistics helpers shared by the benchmarks in this folder. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((left, right) => left - right);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const fixed = (value: number, digits = 2) => value.toFixed(digits);

/** `12.3 ms (9.8–15.1)`: a median with the range of the samples. */
export function spread(values: readonly number[], digits = 2): string {
  const sorted = [...values].sort((left, right) => left - right);
  return `${fixed(median(values), digits)} ms (${fixed(sorted[0]!, digits)}–${fixed(sorted.at(-1)!, digits)}, n=${values.length})`;
}
