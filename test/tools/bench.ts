/**
 * `npm run bench -- <name>` runs test/bench/<name>.bench.ts. Each benchmark measures Tend against a baseline in the
 * same run and prints its ratios as its last line. Benchmarks are not part of `npm test`: they check speed and
 * memory, tests check behaviour.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const benchDir = path.resolve(import.meta.dirname, '../bench');
const available = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''))
  .sort();
const [name, ...rest] = process.argv.slice(2);

if (!name || !available.includes(name)) {
  console.error(`${name ? `No benchmark named "${name}". ` : ''}Usage: npm run bench -- <name>`);
  console.error(`Benchmarks: ${available.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(
  path.join('node_modules', '.bin', 'tsx'),
  [path.join(benchDir, `${name}.bench.ts`), ...rest],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
