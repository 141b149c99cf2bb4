/**
 * A request to the server that gives up once the network has gone silent. PouchDB 9's HTTP client sets no
 * timeout of its own, and a network that drops packets without a word (a Wi-Fi gone, a route dropped) sends no
 * end of connection either: a sync would wait for ever, holding the sync lock, the panel saying "syncing" and the
 * status never saying the server could not be reached. A slow answer that keeps moving is never cut.
 */
export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** How long the server may stay silent (no answer, or no byte of it) before a request gives up. */
export const STALL_MS = 60_000;

export class Stalled extends Error {
  override name = 'Stalled';
  constructor(idleMs: number) {
    super(`no answer from the server for ${Math.round(idleMs / 1000)} s`);
  }
}

/**
 * `fetchImpl`, aborted when `idleMs` pass with nothing from the server: no answer yet, or no new byte of its
 * body. The caller's own signal still aborts it.
 */
export function stallGuard(fetchImpl: Fetch, idleMs = STALL_MS): Fetch {
  return async (url, init) => {
    const controller = new AbortController();
    const outer = init?.signal ?? undefined;
    const follow = () => controller.abort(outer?.reason);
    if (outer?.aborted) follow();
    else outer?.addEventListener('abort', follow, { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(new Stalled(idleMs)), idleMs);
    };
    const finish = () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', follow);
    };
    arm();
    let response: Response;
    try {
      response = await fetchImpl(url, { ...init, signal: controller.signal });
    } catch (error) {
      finish();
      throw error;
    }
    if (!response.body) {
      finish();
      return response;
    }
    arm();
    const reader = response.body.getReader();
    // The body, passed on as it comes; each piece gives the server `idleMs` more.
    const body = new ReadableStream<Uint8Array>({
      async pull(stream) {
        try {
          const next = await reader.read();
          if (next.done) {
            finish();
            stream.close();
            return;
          }
          arm();
          stream.enqueue(next.value);
        } catch (error) {
          finish();
          stream.error(error);
        }
      },
      cancel(reason) {
        finish();
        return reader.cancel(reason);
      },
    });
    const { status, statusText, headers } = response;
    return new Response(body, { status, statusText, headers });
  };
}
