/**
 * A CouchDB-compatible server for development and tests: PouchDB's own (express-pouchdb) on
 * 127.0.0.1, its databases in memory, with the CORS headers a browser app needs and, when a
 * user and password are given, HTTP Basic authentication as CouchDB answers it. Not for real
 * use: docs/sync.md says how to run Apache CouchDB.
 *
 *   npm run sync-server                                  (port 5984, no password)
 *   npm run sync-server -- --port 5985 --user ada --password secret
 */
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';

export interface SyncServerOptions {
  readonly port: number;
  /** With both, every request must carry them (HTTP Basic), as a CouchDB user's would. */
  readonly user?: string;
  readonly password?: string;
  /**
   * A bearer token accepted instead (`Authorization: Bearer …`), as CouchDB's JWT handler
   * accepts a signed token; this server only compares it.
   */
  readonly token?: string;
}

export interface SyncServer {
  readonly url: string;
  close(): Promise<void>;
}

const UNAUTHORIZED = { error: 'unauthorized', reason: 'Name or password is incorrect.' };

/**
 * How the server misbehaves with one database, for tests of faults (`POST /_fault` with
 * `{"database": …, "mode": …}`): answer its every request with 500, with garbage (200 and a page
 * that is not JSON), or cut each connection without an answer; `full` refuses every write with
 * 507 (a quota reached, a disk full) and answers reads; `none` is back to normal.
 */
type Fault = 'none' | 'error' | 'garbage' | 'cut' | 'full';
const FAULTS: readonly Fault[] = ['none', 'error', 'garbage', 'cut', 'full'];
/** Whether a request writes: PUT and DELETE, and a POST of documents (other POSTs read). */
const writes = (method: string, path: string) =>
  method === 'PUT' ||
  method === 'DELETE' ||
  (method === 'POST' && /^\/[^/]+\/?(?:_bulk_docs)?$/.test(path));

function credentials(header: string | undefined): { user: string; password: string } | null {
  const match = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const text = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? null : { user: text.slice(0, colon), password: text.slice(colon + 1) };
}

export function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  PouchDB.plugin(memory).plugin(mapreduce).plugin(replication);
  const InMemory = PouchDB.defaults({ adapter: 'memory' });
  const app = express();
  const faults = new Map<string, Fault>();
  app.post('/_fault', express.json(), (request, response) => {
    const { mode, database } = (request.body ?? {}) as { mode?: Fault; database?: string };
    if (!mode || !FAULTS.includes(mode) || !database) {
      response.status(400).json({
        error: 'bad_request',
        reason: `give a database, and a mode among ${FAULTS.join(', ')}`,
      });
      return;
    }
    faults.set(database, mode);
    response.json({ ok: true, mode });
  });
  app.use((request, response, next) => {
    // Any page may call it, with credentials, as CouchDB's [cors] section allows when set up.
    response.set({
      'Access-Control-Allow-Origin': request.headers.origin ?? '*',
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
      'Access-Control-Allow-Methods': 'GET, PUT, POST, DELETE, HEAD, OPTIONS',
    });
    if (request.method === 'OPTIONS') {
      response.sendStatus(204);
      return;
    }
    const fault = faults.get(request.path.split('/')[1] ?? '') ?? 'none';
    if (fault === 'cut') {
      request.socket.destroy();
      return;
    }
    if (fault === 'error') {
      response.status(500).json({ error: 'internal_server_error', reason: 'fault injected' });
      return;
    }
    if (fault === 'full' && writes(request.method, request.path)) {
      response.status(507).json({ error: 'insufficient_storage', reason: 'quota exceeded' });
      return;
    }
    if (fault === 'garbage') {
      response.status(200).type('html').send('<html><body>Bad gateway, try later</body></html>');
      return;
    }
    if (options.user !== undefined && options.password !== undefined) {
      const given = credentials(request.headers.authorization);
      const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const byToken = options.token !== undefined && bearer === options.token;
      if (!byToken && (given?.user !== options.user || given.password !== options.password)) {
        response.status(401).json(UNAUTHORIZED);
        return;
      }
    }
    next();
  });
  app.use('/', expressPouchDB(InMemory, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(options.port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${options.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
    server.on('error', reject);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5984' },
      user: { type: 'string' },
      password: { type: 'string' },
      token: { type: 'string' },
    },
  });
  const server = await startSyncServer({
    port: Number(values.port),
    ...(values.user !== undefined ? { user: values.user } : {}),
    ...(values.password !== undefined ? { password: values.password } : {}),
    ...(values.token !== undefined ? { token: values.token } : {}),
  });
  console.log(`Sync server (in memory) at ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
