/**
 * A real CouchDB-compatible server for the sharing tests: `pouchdb-server` (from npm, tests only) on 127.0.0.1 on
 * a free port, in memory or in a directory (so a stop and restart keeps its data), started and stopped by the
 * test. Every request body it is sent can be recorded by the client side (see `recordingFetch`). A `cable` in
 * front of it is the network, which a test can cut (in the middle of an answer) and restore.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BIN = path.resolve('node_modules/.bin/pouchdb-server');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface TestServer {
  url: string;
  port: number;
  /** Where its data lives (persistent servers only). */
  dir: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its directory. */
  close(): Promise<void>;
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode})`);
    try {
      const answer = await fetch(url);
      if (answer.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('pouchdb-server did not start');
}

/** Starts a server; `persistent` keeps data on disk across `stop()` and `start()`. */
export async function startServer(options: { persistent?: boolean } = {}): Promise<TestServer> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'tend-couch-'));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const server: TestServer = {
    url,
    port,
    dir,
    async start() {
      const storage = options.persistent ? ['--dir', dir] : ['--in-memory'];
      child = spawn(
        BIN,
        [
          ...storage,
          '--port',
          String(port),
          '--host',
          '127.0.0.1',
          '-n',
          '--config',
          path.join(dir, 'config.json'),
        ],
        { cwd: dir, stdio: 'ignore' },
      );
      await waitUntilUp(url, child);
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      });
    },
    async close() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

/** The network between a client and the server: a TCP relay on its own port, which a test can cut. */
export interface Cable {
  /** The server's address through the cable. */
  url: string;
  /** Times the cable was cut or went silent. */
  readonly cuts: number;
  /**
   * Cuts the cable once the server has sent `bytes` more bytes of its answers: every open connection is dropped
   * there, in the middle of an answer, and new ones are dropped as they come until `restore`. With `silently`,
   * the network goes silent there instead (a Wi-Fi gone, a route dropped): connections stay open, new ones are
   * taken, and no byte goes through either way, so nothing tells the client the server is gone.
   */
  cutAfter(bytes: number, silently?: 'silently'): void;
  /** The network back: silenced connections are dropped (as TCP eventually does), new ones go through. */
  restore(): void;
  close(): Promise<void>;
}

export async function cable(server: TestServer): Promise<Cable> {
  const open = new Set<Socket>();
  let cut = false;
  let silent = false;
  const held = new Set<Socket>();
  let budget: number | undefined;
  let thenSilent = false;
  let cuts = 0;
  const cutNow = () => {
    cut = true;
    budget = undefined;
    cuts += 1;
    for (const socket of open) socket.destroy();
    open.clear();
  };
  const goSilent = () => {
    silent = true;
    cuts += 1;
    for (const socket of open) held.add(socket);
  };
  const relay = createServer((client) => {
    if (cut) {
      client.destroy();
      return;
    }
    if (silent) {
      held.add(client);
      client.on('error', () => undefined);
      return;
    }
    const upstream = connect(server.port, '127.0.0.1');
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => undefined);
    }
    client.on('close', () => upstream.destroy());
    // A silent network carries no end of connection either.
    upstream.on('close', () => {
      if (!silent) client.destroy();
    });
    client.on('data', (chunk: Buffer) => {
      if (!silent) upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (cut || silent) return;
      if (budget === undefined || chunk.length < budget) {
        if (budget !== undefined) budget -= chunk.length;
        client.write(chunk);
        return;
      }
      // The bytes before the cut get through, so the client is left with half an answer.
      const last = chunk.subarray(0, budget);
      budget = undefined;
      if (thenSilent) {
        client.write(last);
        goSilent();
        return;
      }
      cut = true;
      client.write(last, cutNow);
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => relay.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    get cuts() {
      return cuts;
    },
    cutAfter(bytes, silently) {
      budget = bytes;
      thenSilent = silently === 'silently';
    },
    restore() {
      cut = false;
      silent = false;
      for (const socket of held) socket.destroy();
      held.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of [...open, ...held]) socket.destroy();
        relay.close(() => resolve());
      }),
  };
}
