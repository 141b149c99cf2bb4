/**
 * Imported first by every entrypoint, before any schema is built. zod 4 compiles object parsers with
 * `new Function` when it may, and probes for that the first time a schema is made; the extension's content
 * security policy forbids eval, so the refused probe would be logged as a CSP violation on every start. Tend
 * never needs the compiled parsers: `jitless` skips the probe (test/e2e/guards/csp.spec.ts checks the console).
 */
import { z } from 'zod';
import { keepsZodJit } from './test-hooks';

if (!keepsZodJit()) z.config({ jitless: true });
