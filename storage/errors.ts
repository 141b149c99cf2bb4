/**
 * Turning failures into words the admin can act on. A write the browser refuses (storage full, database closing)
 * aborts its transaction, so nothing of that action is stored and what was there before stays intact: the message
 * says so.
 */
import { z } from 'zod';

/** An error whose message is meant for the admin as it is (e.g. a file that cannot be imported). */
export class TendError extends Error {
  override name = 'TendError';
}

const INTACT = 'Nothing from this action was saved; everything stored before is intact.';

/** The error and the errors it wraps (Dexie's `inner`, `failures`, standard `cause`). */
function* chain(error: unknown, depth = 0): Generator<{ name?: unknown; message?: unknown }> {
  if (!error || typeof error !== 'object' || depth > 5) return;
  const candidate = error as {
    name?: unknown;
    message?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  yield candidate;
  yield* chain(candidate.inner, depth + 1);
  yield* chain(candidate.cause, depth + 1);
  if (Array.isArray(candidate.failures))
    for (const failure of candidate.failures.slice(0, 3)) yield* chain(failure, depth + 1);
}

export function describeError(error: unknown): string {
  if (error instanceof TendError) return error.message;
  if (error instanceof z.ZodError)
    return `Refused: the data is not valid (${z.prettifyError(error).slice(0, 300)}).`;
  const names = [...chain(error)].map((link) => String(link.name ?? ''));
  if (names.includes('QuotaExceededError')) {
    return `The browser refused to store more: its storage for Tend is full. ${INTACT} Free some space (export and clear an old group, or shorten the retention period) and try again.`;
  }
  if (
    names.some((name) => ['DatabaseClosedError', 'InvalidStateError', 'VersionChangeError'].includes(name))
  ) {
    return `Tend's database was closing (the browser may be updating or shutting down Tend). ${INTACT} Try again in a moment.`;
  }
  if (names.some((name) => ['AbortError', 'UnknownError', 'OpenFailedError'].includes(name))) {
    return `The browser refused to write to Tend's database. ${INTACT}`;
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
