/**
 * `npm run icons`: renders Tend's icon (public/icon/icon.svg) to the PNG sizes the stores and the toolbar need, into
 * public/icon/<size>.png, which WXT copies into the build and wxt.config.ts declares. Run it after a change to the
 * SVG and commit the PNGs. `npm run icons -- --check` renders in memory and fails if a committed PNG differs.
 * Renderer: @resvg/resvg-js (resvg, a well-kept SVG renderer; same bytes on every run, no browser needed).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { ICON_SIZES, iconPath } from '../../utils/brand';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE = path.join(ROOT, 'public/icon/icon.svg');
const PUBLIC = path.join(ROOT, 'public');

export function renderIcon(svg: Buffer, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

function main(check: boolean): number {
  const svg = readFileSync(SOURCE);
  const stale: string[] = [];
  for (const size of ICON_SIZES) {
    const file = path.join(PUBLIC, iconPath(size));
    const png = renderIcon(svg, size);
    if (check) {
      if (!existsSync(file) || !readFileSync(file).equals(png)) stale.push(path.relative(ROOT, file));
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, png);
    console.log(`${path.relative(ROOT, file)}: ${size}×${size}, ${png.length} bytes`);
  }
  if (stale.length > 0) {
    console.error(`Out of date with public/icon/icon.svg (run npm run icons): ${stale.join(', ')}`);
    return 1;
  }
  if (check) console.log(`All ${ICON_SIZES.length} icon sizes match public/icon/icon.svg.`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename)
  process.exitCode = main(process.argv.includes('--check'));
