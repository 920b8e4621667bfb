// Sync through the CouchDB replication protocol (PouchDB), loaded only once sync is on. The
// app's progress stays where it is (journal, localStorage); a local PouchDB database holds
// the sealed change sets, and PouchDB replicates it with the server, live, retrying offline.
import PouchDB from 'pouchdb-browser';
import { decodeEdits } from '../../deck/edits/decode-edits.ts';
import { mergeEdits, type CardEdits } from '../../deck/edits/card-edit.ts';
import {
  decodeOwnAnswers,
  mergeOwnAnswers,
  type OwnAnswers,
} from '../../deck/key-points/own-answer.ts';
import { summarizeMerge, type MergeCounts } from '../backup/index.ts';
import { checkStoredDeck, openLibrary, subscribeDecks, type Library } from '../decks/index.ts';
import { useNotes } from '../notes/index.ts';
import { decodeProgress, encodeProgress } from '../progress/saved-format.ts';
import { loadScheduler, now, useProgress, whenHistoryLoaded } from '../progress/index.ts';
import {
  changesToSend,
  changesToTake,
  learn,
  nothingKnown,
  type ChangeSet,
  type Known,
} from './change-set.ts';
import {
  decksHere,
  decksToTake,
  latestDecks,
  type DeckChange,
  type DeckChanges,
} from './deck-changes.ts';
import { forgetAccount, loadAccount, saveAccount, type SyncAccount } from './sync-account.ts';
import {
  contentName,
  keysFor,
  NewerFormatError,
  newKeyCheck,
  open,
  seal,
  WrongPassphraseError,
  type KeyCheck,
  type SyncKeys,
} from './sync-crypto.ts';
import { rememberSyncServer, setSyncState, useSyncStatus, type SyncState } from './sync-status.ts';

/** The one plain document on the server: how keys are derived, and a check of the passphrase. */
const KEY_DOC = 'prepdeck-keys';
/** Change sets' ids start with this; the rest is the HMAC of their content. */
const SET_PREFIX = 'set-';
const LOCAL_DB = 'prepdeck-sync';
/** Changes made here are gathered this long before they are sealed and sent. */
const SEND_AFTER_MS = 150;
/** PouchDB's name for a failure of the browser's database (IndexedDB). */
const LOCAL_FAILURE = 'indexed_db_went_bad';
/** Changes that could not be stored here (storage full) are tried again after this long. */
const STORE_RETRY_MS = 10_000;
/** An own answer is saved at each key: it is sent once typing has paused this long. */
const ANSWER_SEND_AFTER_MS = 2_000;
/**
 * How long replication waits before it tries again after a failure: doubling from 1 s up to
 * 30 s (PouchDB's own goes up to 10 minutes; coming back online retries at once anyway).
 */
const backOff = (delay: number) => Math.min(30_000, delay === 0 ? 1_000 : delay * 2);

interface SealedDoc {
  readonly _id: string;
  readonly _rev?: string;
  readonly sealed?: string;
}

/** Why a server could not be used, in the user's words. */
export class SyncError extends Error {
  constructor(
    message: string,
    readonly kind: 'password' | 'unreachable' | 'server' | 'passphrase',
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/** An account with no user name signs in with a token (a JWT) in place of a password. */
const byToken = (account: SyncAccount) => account.user === '';

function remoteDatabase(account: SyncAccount) {
  return new PouchDB<SealedDoc>(account.url, {
    ...(byToken(account)
      ? { headers: { Authorization: `Bearer ${account.password}` } }
      : { auth: { username: account.user, password: account.password } }),
    // Sync never creates the database: the server's owner does (docs/sync.md).
    skip_setup: true,
  });
}

/** A PouchDB or fetch failure as `SyncError`, told for the account's way of signing in. */
function explain(error: unknown, account?: SyncAccount): SyncError {
  if (error instanceof SyncError) return error;
  if (error instanceof WrongPassphraseError) return new SyncError(error.message, 'passphrase');
  if (error instanceof NewerFormatError) return new SyncError(error.message, 'server');
  const status = (error as { status?: number } | null)?.status;
  if (status === 401 || status === 403) {
    return new SyncError(
      account && byToken(account)
        ? 'This server does not accept the token: it may have expired.'
        : 'Wrong user name or password for this server.',
      'password',
    );
  }
  if (status === 404) {
    return new SyncError(
      'The server has no database at this address: create it first (docs/sync.md).',
      'server',
    );
  }
  if (typeof status === 'number' && status >= 400) {
    return new SyncError(`The server answered with an error (${status}).`, 'server');
  }
  return new SyncError(
    'The server cannot be reached: check the address, and that it allows this site (CORS).',
    'unreachable',
  );
}

/** Server errors a user can act on, in words (others are told by their number). */
const SERVER_TROUBLE: Record<number, string> = {
  413: 'a change is too large for the server',
  507: 'the server is full',
};

/** CouchDB's error names, for answers PouchDB hands back as an `info` rather than throws. */
const ERROR_STATUS: Record<string, number> = { unauthorized: 401, forbidden: 403, not_found: 404 };

/** Resolves once the remote database answers its info; rejects with why it does not. */
async function opened(remote: PouchDB.Database<SealedDoc>, account: SyncAccount): Promise<void> {
  const info = await remote.info();
  if (info.doc_count !== undefined) return;
  const error = (info as { error?: string }).error ?? '';
  throw explain({ status: ERROR_STATUS[error] ?? 500 }, account);
}

/** Checks that the address, user and password open a database, and says what it holds. */
export async function testConnection(account: SyncAccount): Promise<string> {
  const remote = remoteDatabase(account);
  try {
    await opened(remote, account);
    const key = await remote.get<KeyCheck>(KEY_DOC).catch(() => null);
    return key
      ? 'Connected. The database already holds synced progress: your passphrase opens it.'
      : 'Connected. The database is empty: this device will be the first to sync.';
  } catch (error) {
    throw explain(error, account);
  } finally {
    void remote.close();
  }
}

/** The keys for this database: its own passphrase check, or a new one for an empty database. */
async function keysOf(
  remote: PouchDB.Database<SealedDoc>,
  passphrase: string,
  iterations?: number,
): Promise<SyncKeys> {
  const found = await remote.get<KeyCheck>(KEY_DOC).catch((error: unknown) => {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  });
  if (found) return keysFor(passphrase, found);
  const { keys, check } = await newKeyCheck(passphrase, iterations);
  await remote.put({ _id: KEY_DOC, ...check });
  return keys;
}

/** Every change set a database holds, opened; documents that do not open are counted. */
async function readSets(
  database: PouchDB.Database<SealedDoc>,
  keys: SyncKeys,
): Promise<{ sets: ChangeSet[]; ids: Set<string>; unreadable: number }> {
  const all = await database.allDocs({
    include_docs: true,
    startkey: SET_PREFIX,
    endkey: `${SET_PREFIX}\uffff`,
  });
  const sets: ChangeSet[] = [];
  const ids = new Set<string>();
  let unreadable = 0;
  for (const row of all.rows) {
    const set = await openSet(keys, row.doc);
    ids.add(row.id);
    if (set) sets.push(set);
    else unreadable++;
  }
  return { sets, ids, unreadable };
}

async function openSet(keys: SyncKeys, doc: SealedDoc | undefined): Promise<ChangeSet | null> {
  if (!doc?.sealed) return null;
  try {
    const plain = await open(keys, doc.sealed);
    const { cards: _none, ...set } = decodeProgress(plain);
    const extra = plain as { edits?: unknown; answers?: unknown; decks?: unknown };
    const edits = decodeEdits(extra.edits);
    const answers = decodeOwnAnswers(extra.answers);
    const decks = extra.decks === undefined ? {} : decodeDecks(extra.decks);
    // A set not all readable is not half taken: it is told, like a damaged one.
    if (edits.rejected.length > 0 || answers.rejected.length > 0 || !decks) return null;
    return {
      ...set,
      ...(extra.edits !== undefined ? { edits: edits.edits } : {}),
      ...(extra.answers !== undefined ? { answers: answers.answers } : {}),
      ...(extra.decks !== undefined ? { decks } : {}),
    };
  } catch {
    return null;
  }
}

/**
 * Decks as received, each checked as a deck read from a backup is (untrusted input); null when
 * any is not a deck, or not under its own id.
 */
function decodeDecks(value: unknown): DeckChanges | null {
  if (typeof value !== 'object' || value === null) return null;
  const decks: Record<string, DeckChange> = {};
  for (const [id, change] of Object.entries(value as Record<string, unknown>)) {
    const { at, stored } = (change ?? {}) as { at?: unknown; stored?: unknown };
    if (typeof at !== 'number' || !Number.isFinite(at)) return null;
    if (stored === undefined) {
      decks[id] = { at };
      continue;
    }
    const checked = checkStoredDeck(stored, 'a synced deck');
    if (!('stored' in checked) || checked.stored.deck.id !== id) return null;
    decks[id] = { at, stored: checked.stored };
  }
  return decks;
}

/** A change set as it is sealed: progress in its saved format, edits and decks as kept. */
function sealable(set: ChangeSet): unknown {
  const { edits, answers, decks, ...progress } = set;
  return {
    ...encodeProgress({ ...progress, cards: {} }),
    ...(edits && Object.keys(edits).length > 0 ? { edits } : {}),
    ...(answers && Object.keys(answers).length > 0 ? { answers } : {}),
    ...(decks && Object.keys(decks).length > 0 ? { decks } : {}),
  };
}

/** Each deck as this device holds it, saved or deleted. */
const libraryHere = (library: Library) => decksHere(library.libraryDecks(), library.deletedDecks());

/** What turning sync on will do here, told before it does it. */
export interface SyncPlan {
  /** What merging the server's progress changes here (as "Merge from a file" tells it). */
  readonly summary: MergeCounts;
  /** Reviews of this device the server lacks, to be sent. */
  readonly toSend: number;
  /** Cards whose edits arrive from the server (each merged: the later change wins). */
  readonly edits: number;
  /** Decks the server brings (added, or replacing an older version) and deletes here. */
  readonly decks: { readonly bring: number; readonly remove: number };
  /** Turns sync on: keeps the account, merges, and syncs from now on. */
  start(): Promise<void>;
}

/**
 * Connects, checks the passphrase (or sets it, for an empty database), brings the server's
 * change sets into this browser's sync database, and says what starting would do.
 */
export async function planSync(
  account: SyncAccount,
  passphrase: string,
  options: { iterations?: number } = {},
): Promise<SyncPlan> {
  const remote = remoteDatabase(account);
  try {
    await opened(remote, account);
    const keys = await keysOf(remote, passphrase, options.iterations);
    const local = new PouchDB<SealedDoc>(LOCAL_DB);
    await local.replicate.from(remote);
    const { sets } = await readSets(local, keys);
    const library = await openLibrary();
    await library.loadLibrary();
    await whenHistoryLoaded();
    const progress = useProgress.getState();
    const incoming = changesToTake(sets, progress);
    const known = nothingKnown();
    for (const set of sets) learn(known, set);
    const toSend = changesToSend(progress, known).reduce((n, set) => n + set.log.length, 0);
    const decks = decksToTake(latestDecks(sets), libraryHere(library));
    return {
      summary: summarizeMerge(progress, incoming ?? { ...progress, log: [], undone: [] }),
      toSend,
      edits: known.edits.size,
      decks: { bring: decks.bring.length, remove: decks.remove.length },
      async start() {
        await saveAccount(account, keys);
        rememberSyncServer(account.url);
        startSync(account, keys);
      },
    };
  } catch (error) {
    throw explain(error, account);
  } finally {
    void remote.close();
  }
}

let running: { stop(): Promise<void> } | null = null;

/** What the tabs of one browser tell each other about sync. */
type TabMessage =
  | { readonly type: 'ask' }
  | { readonly type: 'state'; readonly state: SyncState; readonly unreadable: number };

/**
 * Syncs for as long as the page lives, in one tab of the browser at a time (a Web Lock: one of
 * the others takes over when it closes). The tab that syncs tells the others where sync stands,
 * so every tab shows the same ("Synced just now", "Offline — 2 changes waiting").
 */
export function startSync(account: SyncAccount, keys: SyncKeys): void {
  if (running) return;
  const lock = new AbortController();
  let engine: { stop(): Promise<void> } | null = null;
  const tabs = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(LOCAL_DB);
  const tell = (message: TabMessage) => tabs?.postMessage(message);
  const tellState = () => {
    const { state, unreadable } = useSyncStatus.getState();
    tell({ type: 'state', state, unreadable });
  };
  const unwatch = useSyncStatus.subscribe(() => {
    if (engine) tellState();
  });
  tabs?.addEventListener('message', (event: MessageEvent<TabMessage>) => {
    if (event.data.type === 'ask' && engine) tellState();
    else if (event.data.type === 'state' && !engine) {
      useSyncStatus.setState({ state: event.data.state, unreadable: event.data.unreadable });
    }
  });
  running = {
    async stop() {
      lock.abort();
      unwatch();
      tabs?.close();
      await engine?.stop();
    },
  };
  if (!navigator.locks) {
    engine = runEngine(account, keys);
    return;
  }
  setSyncState({ kind: 'other-tab' });
  tell({ type: 'ask' });
  void navigator.locks
    .request('prepdeck-sync', { signal: lock.signal }, () => {
      engine = runEngine(account, keys);
      tellState();
      // Held until the page closes or sync is turned off.
      return new Promise<void>((release) => lock.signal.addEventListener('abort', () => release()));
    })
    .catch(() => {});
}

/** At start-up, when sync is on: syncs again with the saved account. */
export async function resumeSync(): Promise<void> {
  let saved: Awaited<ReturnType<typeof loadAccount>>;
  try {
    saved = await loadAccount();
  } catch {
    // IndexedDB refused (blocked, or full): sync stays on, and starts again with the next load.
    setSyncState({
      kind: 'trouble',
      reason: 'this browser could not read the sync account; reload to try again',
      waiting: 0,
    });
    return;
  }
  if (!saved) {
    // The account is gone (site data cleared in part): nothing to sync with until set up again.
    rememberSyncServer(null);
    setSyncState({ kind: 'off' });
    return;
  }
  startSync(saved.account, saved.keys);
}

/** Sync was turned off in another tab (which forgets the account): this tab stops too. */
export async function stoppedElsewhere(): Promise<void> {
  const was = running;
  running = null;
  await was?.stop();
  setSyncState({ kind: 'off' });
}

/**
 * Turns sync off in this browser: replication stops (the other tabs hear it and stop), and the
 * account and the sealed copies are forgotten. Progress stays in this browser, as it was.
 */
export async function stopSync(): Promise<void> {
  const was = running;
  running = null;
  await was?.stop();
  rememberSyncServer(null);
  await forgetAccount();
  await new PouchDB(LOCAL_DB).destroy();
  setSyncState({ kind: 'off' });
}

function runEngine(account: SyncAccount, keys: SyncKeys): { stop(): Promise<void> } {
  let local = new PouchDB<SealedDoc>(LOCAL_DB);
  /**
   * A write to the local database failed (storage full or blocked). PouchDB then closes the
   * database for good, so it is opened again before the next try.
   */
  let broken = false;
  const remote = remoteDatabase(account);
  const known: Known = nothingKnown();
  /** Every change set on the server as far as this device knows: received, or sent from here. */
  const synced: ChangeSet[] = [];
  const seen = new Set<string>();
  /** Sealed here and not yet on the server: document id → the changes it holds. */
  const unsent = new Map<string, number>();
  let stopped = false;
  let replication: PouchDB.Sync<SealedDoc> | null = null;
  let feed: PouchDB.ChangesFeed<SealedDoc> | null = null;
  let unsubscribe = () => {};
  let sendTimer: ReturnType<typeof setTimeout> | undefined;
  let sending = Promise.resolve();
  /** Progress was replaced (a restore): what is synced and missing here is taken again. */
  let replaced = false;
  /** The user's decks and card edits (loaded before anything is taken or sent). */
  let library: Library;
  let unsubscribeDecks = () => {};
  let unsubscribeNotes = () => {};
  setSyncState({ kind: 'starting' });

  const waiting = () => [...unsent.values()].reduce((n, c) => n + c, 0);

  /** Merges change sets received into this device's progress. */
  async function take(sets: ChangeSet[]): Promise<void> {
    for (const set of sets) {
      learn(known, set);
      synced.push(set);
    }
    await takeMissing(sets);
  }

  /** Merges in what these change sets hold and this device's progress lacks. */
  async function takeMissing(sets: readonly ChangeSet[]): Promise<void> {
    // Decks first: edits and reviews may be of their cards. A deck replaced or deleted here
    // goes to "Recently deleted", as when it is deleted by hand.
    const decks = decksToTake(latestDecks(sets), libraryHere(library));
    if (decks.bring.length > 0 && !stopped) await library.bringDecks(decks.bring, true, now());
    for (const { id, at } of decks.remove) if (!stopped) await library.removeDeck(id, at);
    const edits = sets.reduce<CardEdits>((all, set) => mergeEdits(all, set.edits ?? {}), {});
    // The later change of each part wins; a text that loses stays in the card's history.
    if (Object.keys(edits).length > 0 && !stopped) await library.bringEdits(edits);
    const answers = sets.reduce<OwnAnswers>(
      (all, set) => mergeOwnAnswers(all, set.answers ?? {}),
      {},
    );
    if (Object.keys(answers).length > 0 && !stopped) useNotes.getState().merge(answers);
    const incoming = changesToTake(sets, useProgress.getState());
    if (!incoming || stopped) return;
    const scheduler = await loadScheduler(useProgress.getState().settings);
    useProgress.getState().mergeIn(incoming, scheduler, { settings: 'later' });
  }

  /** Seals what this device has and the server lacks into the local database. */
  function send(): Promise<void> {
    // One send at a time; one that failed does not stop the ones after it.
    sending = sending
      .catch(() => undefined)
      .then(async () => {
        if (stopped) return;
        if (broken) {
          broken = false;
          await reopenLocal();
        }
        // Progress replaced here (a backup restored) lacks what is synced already: it comes back,
        // as on every other device.
        if (replaced) {
          replaced = false;
          await takeMissing(synced);
        }
        const sets = changesToSend(useProgress.getState(), known, {
          edits: library.cardEdits(),
          answers: useNotes.getState().answers,
          decks: libraryHere(library),
        });
        for (const set of sets) {
          const plain = sealable(set);
          const id = SET_PREFIX + (await contentName(keys, JSON.stringify(plain)));
          seen.add(id);
          unsent.set(id, Math.max(1, set.log.length));
          try {
            await local.put({ _id: id, sealed: await seal(keys, plain) });
          } catch (error) {
            // Not stored (this browser's storage full or blocked): not counted as sent, so it is
            // sealed again at the next try. Sent before (the same content, the same id): done.
            if ((error as { status?: number }).status !== 409) {
              seen.delete(id);
              unsent.delete(id);
              throw error;
            }
          }
          synced.push(set);
          learn(known, set, true);
        }
      });
    return sending;
  }

  const sendSoon = (after = SEND_AFTER_MS) => {
    clearTimeout(sendTimer);
    sendTimer = setTimeout(() => void send().then(recount, cannotStore), after);
  };

  /** Says why sync stopped or waits; a wrong password stops it until the user acts. */
  function report(error: unknown) {
    // Replication failing to write here is this browser's storage, not the server.
    if ((error as { name?: unknown } | null)?.name === LOCAL_FAILURE) {
      cannotStore(error);
      return;
    }
    const reason = explain(error, account);
    if (reason.kind === 'password') {
      setSyncState({
        kind: 'paused',
        reason: byToken(account) ? 'the server no longer accepts the token' : 'wrong password',
      });
      replication?.cancel();
      replication = null;
    } else if (!navigator.onLine) {
      setSyncState({ kind: 'offline', waiting: waiting() });
    } else {
      const status = (error as { status?: number } | null)?.status;
      const trouble =
        reason.kind === 'unreachable'
          ? 'the server does not answer'
          : (SERVER_TROUBLE[status ?? 0] ?? `server error ${status ?? ''}`.trim());
      setSyncState({ kind: 'trouble', reason: trouble, waiting: waiting() });
    }
  }

  /**
   * Sealing into the local database failed (storage full or blocked): progress is safe in the
   * app's own storage; what was not sealed is tried again a while later, or with the next change.
   */
  function cannotStore(error: unknown) {
    broken = true;
    const { name, message, reason } = (error ?? {}) as Error & { reason?: unknown };
    const full = /quota|full/i.test(`${name} ${message} ${String(reason)}`);
    setSyncState({
      kind: 'trouble',
      reason: full ? 'this browser’s storage is full' : 'this browser could not store the changes',
      waiting:
        waiting() +
        changesToSend(useProgress.getState(), known).reduce(
          (n, set) => n + Math.max(1, set.log.length),
          0,
        ),
    });
    if (!stopped) sendSoon(STORE_RETRY_MS);
  }

  /** While sync waits, the count of changes waiting follows each one made here. */
  function recount() {
    const { state } = useSyncStatus.getState();
    if (!navigator.onLine) setSyncState({ kind: 'offline', waiting: waiting() });
    else if (state.kind === 'offline' || state.kind === 'trouble') {
      setSyncState({ ...state, waiting: waiting() });
    } else if (waiting() > 0) setSyncState({ kind: 'syncing' });
  }

  /** (Re)starts live replication both ways; PouchDB retries on its own while it fails. */
  function replicate() {
    replication?.cancel();
    replication = local
      .sync(remote, { live: true, retry: true, back_off_function: backOff })
      .on('change', (info) => {
        if (info.direction === 'push') for (const doc of info.change.docs) unsent.delete(doc._id);
      })
      .on('active', () => {
        // A retry is not yet a success: trouble stays said until the changes are through.
        const { kind } = useSyncStatus.getState().state;
        if (navigator.onLine && kind !== 'trouble' && kind !== 'offline') {
          setSyncState({ kind: 'syncing' });
        }
      })
      .on('paused', (error) => {
        if (error) report(error);
        // PouchDB also pauses without an error when a request failed offline: only what the
        // server confirmed counts as sent.
        else if (waiting() > 0 || !navigator.onLine) recount();
        else setSyncState({ kind: 'synced', at: now() });
      })
      .on('denied', report)
      .on('error', report);
    // The two-way sync hides why a request failed: each direction tells it.
    replication.push.on('requestError', report);
    replication.pull.on('requestError', report);
  }

  // Back online: try at once rather than when the back-off says. Gone offline: say so now,
  // not when a request fails.
  const reconnect = () => {
    if (replication && !stopped) replicate();
  };
  const disconnect = () => recount();

  /** What replication brings into the local database, opened and merged as it comes. */
  function watchLocal() {
    feed = local
      .changes({ since: 'now', live: true, include_docs: true })
      .on('change', (change) => {
        if (seen.has(change.id) || !change.id.startsWith(SET_PREFIX)) return;
        seen.add(change.id);
        void openSet(keys, change.doc).then((set) => {
          if (set) return take([set]);
          // Kept as it is, here and on the server; told, so a newer version can be installed.
          useSyncStatus.setState((s) => ({ unreadable: s.unreadable + 1 }));
        });
      });
  }

  /** Opens the local database again after a failed write, and goes on from where it was. */
  async function reopenLocal() {
    const replicating = replication !== null;
    feed?.cancel();
    replication?.cancel();
    await local.close().catch(() => undefined);
    local = new PouchDB<SealedDoc>(LOCAL_DB);
    watchLocal();
    if (replicating) replicate();
  }

  async function begin(): Promise<void> {
    library = await openLibrary();
    await library.loadLibrary();
    const { sets, ids, unreadable } = await readSets(local, keys);
    if (unreadable > 0) useSyncStatus.setState((s) => ({ unreadable: s.unreadable + unreadable }));
    for (const id of ids) seen.add(id);
    await take(sets);
    await whenHistoryLoaded();
    await send().catch(cannotStore);
    if (stopped) return;
    // An edit made here (or in another tab) goes like a grade.
    unsubscribeDecks = subscribeDecks(() => sendSoon());
    // An own answer is saved at each key: it goes once the typing pauses.
    unsubscribeNotes = useNotes.subscribe((state, before) => {
      if (state.answers !== before.answers) sendSoon(ANSWER_SEND_AFTER_MS);
    });
    unsubscribe = useProgress.subscribe((state, before) => {
      // What only a restore does (an undo removes a review but adds its id to `undone`).
      if (
        state.undone.length < before.undone.length ||
        state.log.length < before.log.length - (state.undone.length - before.undone.length)
      ) {
        replaced = true;
      }
      if (
        state.log !== before.log ||
        state.undone !== before.undone ||
        state.bookmarks !== before.bookmarks ||
        state.settingsAt !== before.settingsAt
      ) {
        sendSoon();
      }
    });
    watchLocal();
    replicate();
    window.addEventListener('online', reconnect);
    window.addEventListener('offline', disconnect);
    recount();
  }

  void begin().catch(report);
  return {
    async stop() {
      stopped = true;
      clearTimeout(sendTimer);
      unsubscribe();
      unsubscribeDecks();
      unsubscribeNotes();
      window.removeEventListener('online', reconnect);
      window.removeEventListener('offline', disconnect);
      feed?.cancel();
      replication?.cancel();
      await Promise.all([local.close(), remote.close()]);
    },
  };
}
