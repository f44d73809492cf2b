import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Default recordings: `routes.json` maps a replay key to a file in the same folder. */
export const CPSC_FIXTURES_DIR = fileURLToPath(new URL('../fixtures/cpsc-api/', import.meta.url));

/** What the server received, for asserting the query a client sent. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** Query parameters in the order they were sent. */
  readonly params: readonly (readonly [string, string])[];
  /** Path plus query with parameters sorted by name: the key recordings are stored under. */
  readonly key: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/**
 * How to answer one request. Steps that say "the recording" serve the file `routes.json` maps this request to.
 * - `replay`: the recording, optionally after holding the headers back `delayMs`.
 * - `status`: a bare status with optional headers and body (500, 503, 429 + Retry-After, 404...).
 * - `body`: a 200 with the given text (malformed JSON, a JSON object...).
 * - `slow-body`: headers and the first `afterBytes` bytes of the recording, then a pause of `pauseMs`.
 * - `truncate`: the first `bytes` bytes of the recording; `chunked` ends the response cleanly, `content-length`
 *   announces the full length and then drops the connection.
 * - `reset`: destroys the socket without answering.
 */
export type ReplayStep =
  | { readonly kind: 'replay'; readonly delayMs?: number }
  | { readonly kind: 'status'; readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body?: string }
  | { readonly kind: 'body'; readonly body: string }
  | { readonly kind: 'slow-body'; readonly afterBytes: number; readonly pauseMs: number }
  | { readonly kind: 'truncate'; readonly bytes: number; readonly framing: 'chunked' | 'content-length' }
  | { readonly kind: 'reset' };

export interface ReplayServer {
  /** `http://127.0.0.1:<port>`, to pass as the client's base URL. */
  readonly url: string;
  readonly requests: readonly RecordedRequest[];
  /** Queues steps for the next requests, in order; once spent, requests get `replay`. */
  script(...steps: readonly ReplayStep[]): void;
  close(): Promise<void>;
}

/** Key of a request: its path, then its query parameters sorted by name. */
export function replayKey(path: string, params: Iterable<readonly [string, string]>): string {
  const sorted = new URLSearchParams([...params].map(([name, value]) => [name, value] as [string, string]));
  sorted.sort();
  const query = sorted.toString();
  return query === '' ? path : `${path}?${query}`;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * Starts a real HTTP server on 127.0.0.1 (ephemeral port) replaying recorded CPSC API answers.
 * @example
 * const server = await startReplayServer();
 * server.script({ kind: 'status', status: 503 }); // first request fails, the next is replayed
 * const client = new CpscClient({ baseUrl: server.url });
 */
export async function startReplayServer(fixturesDir: string = CPSC_FIXTURES_DIR): Promise<ReplayServer> {
  const routes = JSON.parse(await readFile(join(fixturesDir, 'routes.json'), 'utf8')) as Record<string, string>;
  const requests: RecordedRequest[] = [];
  const queue: ReplayStep[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const later = (ms: number, action: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
  };

  const recording = async (key: string): Promise<Buffer | undefined> => {
    const file = routes[key];
    return file === undefined ? undefined : readFile(join(fixturesDir, file));
  };

  const answer = async (step: ReplayStep, key: string, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (step.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (step.kind === 'status') {
      res.writeHead(step.status, { 'content-type': 'text/plain', ...step.headers });
      res.end(step.body ?? '');
      return;
    }
    if (step.kind === 'body') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(step.body) });
      res.end(step.body);
      return;
    }
    const body = await recording(key);
    if (body === undefined) {
      json(res, 404, { error: 'no recording for this request', key });
      return;
    }
    const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length };
    if (step.kind === 'replay') {
      later(step.delayMs ?? 0, () => {
        if (res.destroyed) return;
        res.writeHead(200, headers);
        res.end(body);
      });
    } else if (step.kind === 'slow-body') {
      res.writeHead(200, headers);
      res.write(body.subarray(0, step.afterBytes));
      later(step.pauseMs, () => {
        if (!res.destroyed) res.end(body.subarray(step.afterBytes));
      });
    } else if (step.framing === 'chunked') {
      res.writeHead(200, { 'content-type': headers['content-type'] });
      res.end(body.subarray(0, step.bytes));
    } else {
      res.writeHead(200, headers);
      res.write(body.subarray(0, step.bytes), () => res.socket?.destroy());
    }
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://replay.invalid');
    const params = [...url.searchParams.entries()];
    const key = replayKey(url.pathname, params);
    requests.push({ method: req.method ?? 'GET', path: url.pathname, params, key, headers: { ...req.headers } });
    answer(queue.shift() ?? { kind: 'replay' }, key, req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { error: String(error) });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...steps) => {
      queue.push(...steps);
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
