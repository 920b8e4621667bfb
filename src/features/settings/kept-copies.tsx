import { useMemo, useState } from 'react';
import { deleteKeptCopy, keptCopies, useProgress } from '../../store/progress/index.ts';
import { planRestoreFromSaved, restoreKeptCopy } from '../../store/backup/index.ts';
import { formatSize } from './storage-panel.tsx';
import { restoreRoom } from './storage-room.ts';
import './storage-list.css';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "…:before-restore:2026-11-26T09-00-00-000Z" → the time it was made. */
function madeAt(key: string): string {
  const stamp = key.slice(key.lastIndexOf(':') + 1);
  const iso = stamp.replace(/T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z(?:-\d+)?$/, 'T$1:$2:$3.$4Z');
  const time = Date.parse(iso);
  return Number.isNaN(time) ? stamp : timeFormat.format(time);
}

/** The copies kept before each restore: restore one, or delete it to free the space. */
export function KeptCopies(props: {
  readonly knownCards: ReadonlySet<string>;
  /** Changes when a restore elsewhere on the page kept a copy. */
  readonly refresh: number;
}) {
  const { knownCards, refresh } = props;
  const [changes, setChanges] = useState(0);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // localStorage does not notify this tab of its own writes: re-read after each action.
  const copies = useMemo(() => (changes + refresh >= 0 ? keptCopies() : []), [changes, refresh]);

  const restore = async (key: string, raw: string) => {
    const plan = planRestoreFromSaved(raw, knownCards, useProgress.getState(), restoreRoom());
    if (!plan.ok) {
      setMessage({ text: `Not restored: ${plan.reason}`, error: true });
      return;
    }
    // The copy goes only once the progress it became is on disk.
    const text = await restoreKeptCopy(plan.progress);
    deleteKeptCopy(key);
    setMessage({
      text: `${text} The copy from ${madeAt(key)} is now your progress.`,
      error: false,
    });
    setChanges((n) => n + 1);
  };

  const remove = (key: string) => {
    deleteKeptCopy(key);
    setConfirming(null);
    setMessage({ text: `Deleted the copy from ${madeAt(key)}.`, error: false });
    setChanges((n) => n + 1);
  };

  if (copies.length === 0 && !message) return null;
  return (
    <section className="panel kept-copies" aria-labelledby="kept-copies-title">
      <h2 id="kept-copies-title">Copies kept before a restore</h2>
      {copies.length === 0 ? (
        <p>No copies are kept.</p>
      ) : (
        <ul className="storage-list">
          {copies.map(({ key, raw }) => (
            <li key={key}>
              <span>
                Progress as it was on {madeAt(key)} ({formatSize(raw.length)})
              </span>
              <span className="actions">
                <button type="button" onClick={() => void restore(key, raw)}>
                  Restore this copy
                </button>
                {confirming === key ? (
                  <button type="button" className="danger" onClick={() => remove(key)}>
                    Delete for good
                  </button>
                ) : (
                  <button type="button" onClick={() => setConfirming(key)}>
                    Delete…
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p
          className={message.error ? 'notice notice-error' : 'notice'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
