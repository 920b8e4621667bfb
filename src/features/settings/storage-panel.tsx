import { useEffect, useState } from 'react';
import {
  LOCAL_STORAGE_LIMIT_CHARS,
  storageReport,
  type StorageReport,
  useSaveStatus,
} from '../../store/progress/index.ts';
import './storage-list.css';

export function formatSize(chars: number): string {
  if (chars < 1000) return `${chars} bytes`;
  if (chars < 1_000_000) return `${Math.round(chars / 1000)} KB`;
  if (chars < 1_000_000_000) return `${(chars / 1_000_000).toFixed(1)} MB`;
  return `${(chars / 1_000_000_000).toFixed(1)} GB`;
}

/** Share of a limit at which Settings warns: well before it, while a download still works. */
const WARN_AT = 0.7;

/** How much of this browser's storage PrepDeck uses, of what, and how close to a limit. */
export function StoragePanel() {
  const [report, setReport] = useState<StorageReport | null>(null);
  const archived = useSaveStatus((s) => s.history.archived);
  useEffect(() => {
    let live = true;
    void storageReport().then((r) => {
      if (live) setReport(r);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!report) return null;
  const { local, estimate, persisted, journal } = report;
  const localTotal = local.progress + local.copies + local.other;
  const localShare = localTotal / LOCAL_STORAGE_LIMIT_CHARS;
  const siteShare = estimate && estimate.quota > 0 ? estimate.usage / estimate.quota : 0;
  return (
    <section className="panel storage-use" aria-labelledby="storage-use-title">
      <h2 id="storage-use-title">Storage used</h2>
      <ul className="storage-list">
        <li>Scheduling state and recent reviews: {formatSize(local.progress)}</li>
        {archived > 0 && (
          <li>
            Older reviews, kept in IndexedDB where there is room for years:{' '}
            {archived.toLocaleString('en')}
          </li>
        )}
        {local.copies > 0 && <li>Copies kept aside: {formatSize(local.copies)}</li>}
        {local.other > 0 && <li>Other settings: {formatSize(local.other)}</li>}
        <li>
          Local storage in all: {formatSize(localTotal)} of about{' '}
          {formatSize(LOCAL_STORAGE_LIMIT_CHARS)} ({Math.round(localShare * 100)}%)
        </li>
        {estimate && (
          <li>
            Everything this site stores (review history and journal included):{' '}
            {formatSize(estimate.usage)} of {formatSize(estimate.quota)} the browser allows
          </li>
        )}
        <li>
          {journal === 'on'
            ? 'Each grade is written to a crash-safe journal before the next card shows.'
            : journal === 'held'
              ? 'Crash-safe journal waiting: another PrepDeck tab (an older version?) holds its database. Close that tab.'
              : 'Crash-safe journal unavailable in this browser: the last seconds of study can be lost in a crash.'}
        </li>
        {persisted !== null && (
          <li>
            {persisted
              ? 'The browser keeps this data even when space runs low.'
              : 'The browser may clear this data when space runs low: download your progress now and then.'}
          </li>
        )}
      </ul>
      {(localShare > WARN_AT || siteShare > WARN_AT) && (
        <p className="notice notice-error" role="alert">
          Storage is {Math.round(Math.max(localShare, siteShare) * 100)}% full. Download your
          progress and delete copies you no longer need before it runs out.
        </p>
      )}
    </section>
  );
}
