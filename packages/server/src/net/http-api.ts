/**
 * The small JSON API next to the WebSocket, for tools that prefer plain HTTP (a script that sets
 * up a class, a browser link that downloads the debrief file):
 *
 * - `GET /api/scenarios` → `{ scenarios: [id…] }`
 * - `POST /api/games` (body: a `create` message without `type`) → 201 and the `created` message
 * - `GET /api/games/:id/replay` with `Authorization: Bearer <facilitator token>` → the replay file
 *
 * The limits per client address apply as over the WebSocket: a creation counts against the
 * address's games, an unknown token against its failed attempts (429 and `Retry-After` beyond).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from '../games/registry.js';
import { createSchema } from '../protocol/client-messages.js';
import { RequestError, type ErrorCode } from '../protocol/errors.js';
import { LIMITS } from '../protocol/limits.js';
import { replayMessage } from '../protocol/outgoing.js';
import { checkScenarioSize } from '../protocol/scenario-limits.js';
import { AddressLimitError, type AddressLimits } from './address-limits.js';
import { createdMessage } from './created.js';
import { foreignOrigin } from './origin.js';

/** HTTP statuses of the error codes the API may answer with. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'too-large': 413,
  'too-slow': 408,
  'unsupported-media-type': 415,
  'too-many-attempts': 429,
  'too-many-creations': 429,
  'too-many-games': 503,
};

/** Answers an `/api/…` request. */
export async function serveApi(registry: Registry, limits: AddressLimits, baseUrl: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const address = req.socket.remoteAddress;
  try {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const foreign = foreignOrigin(req);
    if (foreign !== null) throw new RequestError('forbidden', foreign);
    if (req.method === 'GET' && path === '/api/scenarios') return json(res, 200, { scenarios: registry.scenarioIds() });
    if (req.method === 'POST' && path === '/api/games') {
      // Only JSON: a cross-site form or a "simple" fetch can send text/plain without a preflight.
      if (!isJson(req.headers['content-type'])) throw new RequestError('unsupported-media-type', 'send the body as application/json');
      const body = await readBody(req);
      const parsed = createSchema.safeParse({ ...(body as object), type: 'create' });
      if (!parsed.success) throw new RequestError('invalid', parsed.error.issues[0]?.message ?? 'invalid game');
      if (parsed.data.scenarioData !== undefined) checkScenarioSize(parsed.data.scenarioData);
      return json(res, 201, createdMessage(limits.create(address, () => registry.create(parsed.data)), baseUrl));
    }
    const replay = /^\/api\/games\/([\w-]{1,32})\/replay$/.exec(path);
    if (req.method === 'GET' && replay !== null) {
      const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
      if (bearer === null) throw new RequestError('unauthorized', 'send Authorization: Bearer <facilitator token>');
      const identity = limits.attempt(address, () => registry.byToken(bearer[1]!), `token:${bearer[1]!}`);
      if (identity.role !== 'facilitator' || identity.room.id !== replay[1]) throw new RequestError('forbidden', 'not the facilitator of this game');
      res.setHeader('content-disposition', `attachment; filename="geneva-${identity.room.id}.replay.json"`);
      return json(res, 200, replayMessage(identity.room).record);
    }
    throw new RequestError('not-found', `no API ${req.method ?? ''} ${path}`);
  } catch (error) {
    if (error instanceof AddressLimitError) res.setHeader('retry-after', String(error.retryAfterSeconds));
    // A body refused unread is not waited for: the connection closes after the answer.
    if (error instanceof RequestError) return json(res, STATUS[error.code] ?? 400, { type: 'error', code: error.code, message: error.message }, !req.complete);
    return json(res, 500, { type: 'error', code: 'internal', message: 'the server failed on this request' });
  }
}

/**
 * Reads a JSON body of at most {@link LIMITS.httpBody} bytes that arrives within
 * {@link LIMITS.httpBodySeconds}: a larger or slower body is refused (`too-large`, `too-slow`)
 * without waiting for the rest, and the answer closes the connection.
 */
async function readBody(req: IncomingMessage): Promise<unknown> {
  const text = await new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error: RequestError | null) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError);
      if (error === null) resolve(Buffer.concat(chunks).toString('utf8'));
      else reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > LIMITS.httpBody) finish(new RequestError('too-large', `a request body is at most ${LIMITS.httpBody / 1024} KB`));
      else chunks.push(chunk);
    };
    const onEnd = () => finish(null);
    const onError = () => finish(new RequestError('malformed', 'the request body was cut off'));
    const timer = setTimeout(() => finish(new RequestError('too-slow', `a request body must arrive within ${LIMITS.httpBodySeconds} s`)), LIMITS.httpBodySeconds * 1000);
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object');
    return body;
  } catch {
    throw new RequestError('malformed', 'the body is not a JSON object');
  }
}

/** Whether a Content-Type is `application/json` (parameters such as a charset allowed). */
function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && contentType.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

function json(res: ServerResponse, status: number, body: unknown, close = false): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', ...(close ? { connection: 'close' } : {}) });
  res.end(JSON.stringify(body));
}
