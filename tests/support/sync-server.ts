// The browser tests' sync server (scripts/sync-server.ts, started by playwright.config.ts):
// where it listens, its one account, and what a test asks of it directly.
const appPort = Number(process.env.E2E_PORT ?? 4173);
export const SYNC_PORT = Number(process.env.E2E_SYNC_PORT ?? appPort + 1812);
export const SYNC_USER = 'learner';
export const SYNC_PASSWORD = 'correct-horse';
/** A token the server takes instead of the password (`Authorization: Bearer`), as for a JWT. */
export const SYNC_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsZWFybmVyIn0.c2lnbmVk';

const server = `http://127.0.0.1:${SYNC_PORT}`;
const auth = {
  Authorization: `Basic ${Buffer.from(`${SYNC_USER}:${SYNC_PASSWORD}`).toString('base64')}`,
};

/** A new, empty database for one test (its owner creates it, as docs/sync.md says); its address. */
export async function newDatabase(): Promise<string> {
  const name = `prepdeck-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const response = await fetch(`${server}/${name}`, { method: 'PUT', headers: auth });
  if (!response.ok) throw new Error(`could not create ${name}: ${response.status}`);
  return `${server}/${name}`;
}

/** Every document the server holds in that database, as the server's owner would read it. */
export async function serverDocuments(database: string): Promise<Record<string, unknown>[]> {
  const response = await fetch(`${database}/_all_docs?include_docs=true`, { headers: auth });
  const body = (await response.json()) as { rows: { doc: Record<string, unknown> }[] };
  return body.rows.map((row) => row.doc);
}

/** Makes the server misbehave with a database from now on, or (`none`) behave again. */
export async function serverFault(
  database: string,
  mode: 'none' | 'error' | 'garbage' | 'cut' | 'full',
): Promise<void> {
  const response = await fetch(`${server}/_fault`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ mode, database: new URL(database).pathname.slice(1) }),
  });
  if (!response.ok) throw new Error(`could not set the fault ${mode}: ${response.status}`);
}

/** Writes a document straight into the server's database, as another program could. */
export async function putOnServer(
  database: string,
  doc: { readonly _id: string; readonly [field: string]: unknown },
): Promise<void> {
  const response = await fetch(`${database}/${doc._id}`, {
    method: 'PUT',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(doc),
  });
  if (!response.ok) throw new Error(`could not write ${doc._id}: ${response.status}`);
}
