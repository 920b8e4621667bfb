import { useId, useState, type FormEvent } from 'react';
import { useNow } from '../../hooks/use-now.ts';
import { plural } from '../../lib/plural.ts';
import {
  loadSyncEngine,
  syncServer,
  useSyncStatus,
  type SyncPlan,
} from '../../store/sync/index.ts';
import { describeSync, serverAddressProblem } from './describe-sync.ts';
import './sync-panel.css';

// PouchDB and the engine load only when the user asks for sync.
const engine = loadSyncEngine;

type Message = { readonly kind: 'status' | 'alert'; readonly text: string } | null;

function Field(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'url' | 'password';
  readonly autoComplete: string;
  readonly hint?: string;
  readonly error?: string | null;
}) {
  const id = useId();
  const { label, value, onChange, type = 'text', autoComplete, hint, error } = props;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="none"
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Decks the server brings and deletes here, in words. */
function describeDecks({ bring, remove }: SyncPlan['decks']): string {
  const parts = [
    bring > 0
      ? `${plural(bring, 'deck')} from your other devices will be added or updated here`
      : '',
    remove > 0 ? `${plural(remove, 'deck')} deleted there will be deleted here` : '',
  ];
  const said = parts.filter(Boolean).join(', and ');
  return said.charAt(0).toUpperCase() + said.slice(1);
}

/** What starting sync will do here, as "Merge from a file" says it, before it does it. */
function PlanSummary(props: { readonly plan: SyncPlan }) {
  const { summary, toSend } = props.plan;
  return (
    <ul className="sync-panel-plan">
      <li>
        {summary.newReviews > 0
          ? `${plural(summary.newReviews, 'review')} from your other devices will be added here${summary.cards > 0 ? `, and ${plural(summary.cards, 'card')} rescheduled from their whole history` : ''}.`
          : 'The server has no reviews this device lacks.'}
      </li>
      {summary.undoneThere > 0 && (
        <li>{plural(summary.undoneThere, 'review')} undone on another device will go.</li>
      )}
      {summary.starred + summary.unstarred > 0 && (
        <li>
          Stars: {summary.starred} added, {summary.unstarred} removed (the later change wins).
        </li>
      )}
      {props.plan.decks.bring + props.plan.decks.remove > 0 && (
        <li>
          {describeDecks(props.plan.decks)} (the later change of a deck wins; the version it
          replaces is kept under Recently deleted).
        </li>
      )}
      {props.plan.edits > 0 && (
        <li>
          Card edits from your other devices: {plural(props.plan.edits, 'card')}; for each, the
          later change wins, and a text that loses stays in the card’s history.
        </li>
      )}
      <li>
        {toSend > 0
          ? `${plural(toSend, 'review')} of this device will be sent, encrypted.`
          : 'This device has no reviews to send yet.'}
      </li>
      <li>Nothing here is replaced: both sides keep everything, merged.</li>
    </ul>
  );
}

function SyncSetup() {
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [plan, setPlan] = useState<SyncPlan | null>(null);
  const urlProblem = tried ? serverAddressProblem(url) : null;
  const account = { url: url.trim().replace(/\/+$/, ''), user: user.trim(), password };

  const attempt = async (action: () => Promise<void>) => {
    setTried(true);
    setPlan(null);
    if (serverAddressProblem(url)) return;
    setBusy(true);
    setMessage({ kind: 'status', text: 'Connecting…' });
    try {
      await action();
    } catch (error) {
      setMessage({ kind: 'alert', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const test = () =>
    attempt(async () => {
      const said = await (await engine()).testConnection(account);
      setMessage({ kind: 'status', text: said });
    });

  const prepare = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length < 8) {
      setTried(true);
      setMessage({ kind: 'alert', text: 'Choose a passphrase of at least 8 characters.' });
      return;
    }
    void attempt(async () => {
      setPlan(await (await engine()).planSync(account, passphrase));
      setMessage(null);
    });
  };

  const start = (chosen: SyncPlan) =>
    attempt(async () => {
      await chosen.start();
      setMessage(null);
    });

  return (
    <form className="form-grid" noValidate onSubmit={prepare}>
      <Field
        label="Database address"
        type="url"
        value={url}
        onChange={setUrl}
        autoComplete="url"
        hint="A CouchDB database you control, e.g. https://couch.example.com/prepdeck-yourname (docs/sync.md says how to run one)."
        error={urlProblem}
      />
      <Field
        label="User name"
        value={user}
        onChange={setUser}
        autoComplete="username"
        hint="To sign in with a token (a JWT your server accepts) instead, leave this empty and paste the token as the password."
      />
      <Field
        label="Password"
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="current-password"
      />
      <Field
        label="Encryption passphrase"
        type="password"
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="new-password"
        hint="Everything is encrypted with it before it leaves this browser; the server never sees it. Use the same one on each device. It cannot be recovered."
      />
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void test()}>
          Test connection
        </button>
        <button type="submit" disabled={busy}>
          Start syncing…
        </button>
      </div>
      {message && (
        <p className={message.kind === 'alert' ? 'field-error' : 'hint'} role={message.kind}>
          {message.text}
        </p>
      )}
      {plan && (
        <div className="sync-panel-confirm" role="group" aria-label="Before syncing">
          <p>Starting sync will do this:</p>
          <PlanSummary plan={plan} />
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void start(plan)}>
              Merge and sync
            </button>
            <button type="button" disabled={busy} onClick={() => setPlan(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </form>
  );
}

function SyncOn(props: { readonly server: string; readonly onOff: () => void }) {
  const state = useSyncStatus((s) => s.state);
  const unreadable = useSyncStatus((s) => s.unreadable);
  const time = useNow(30_000);
  const [busy, setBusy] = useState(false);
  const turnOff = async () => {
    setBusy(true);
    try {
      await (await engine()).stopSync();
    } finally {
      setBusy(false);
      props.onOff();
    }
    // The page was limited to this server at start-up: a reload lifts that for the next one.
    window.location.reload();
  };
  return (
    <>
      <p className="sync-panel-server">
        Syncing with <strong>{props.server}</strong>, encrypted end to end.
      </p>
      <p role="status">{describeSync(state, time)}</p>
      {unreadable > 0 && (
        <p className="notice" role="alert">
          {plural(unreadable, 'synced change')} could not be read here: written by a newer version
          of PrepDeck, or damaged. They are kept as they are, here and on the server; update
          PrepDeck (reload) to read them.
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void turnOff()}>
          Turn sync off
        </button>
      </div>
      <p className="hint">
        Turning it off keeps everything in this browser (the page reloads); the server keeps its
        encrypted copy.
      </p>
    </>
  );
}

/** Settings › Sync: a server the user controls keeps every device in step. */
export function SyncPanel() {
  const state = useSyncStatus((s) => s.state);
  const [, refresh] = useState(0);
  // Turned on here (the engine remembers the server) or in another tab at start-up.
  const server = state.kind === 'off' ? null : syncServer();
  return (
    <section className="panel sync-panel" aria-labelledby="sync-title">
      <h2 id="sync-title">Sync between devices</h2>
      {server ? (
        <SyncOn server={server} onOff={() => refresh((n) => n + 1)} />
      ) : (
        <>
          <p>
            Keep your progress, stars and settings the same on every device, through a database you
            control. Studying offline is fine: changes wait and sync when you are back.
          </p>
          <SyncSetup />
        </>
      )}
    </section>
  );
}
