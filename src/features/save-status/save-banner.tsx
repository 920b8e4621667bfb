import { downloadProgress, downloadText } from '../../store/backup/index.ts';
import { openLibrary } from '../../store/decks/index.ts';
import { useState, type ReactNode } from 'react';
import { plural } from '../../lib/plural.ts';
import {
  dismissJournalNotice,
  forgetSetAside,
  journalNoticeSeen,
  readSetAside,
  reportJournal,
  reportWiped,
  STORAGE_WARNING_CHARS,
  UNREADABLE_DECK,
  type SetAside,
  useProgress,
  useSaveStatus,
} from '../../store/progress/index.ts';

interface BannerProps {
  readonly tone: 'error' | 'warning';
  /** `alert` for what needs acting on now, `status` for an early warning. */
  readonly role: 'alert' | 'status';
  readonly children: ReactNode;
  readonly actions: readonly (readonly [label: string, onClick: () => void])[];
}

function Banner({ tone, role, children, actions }: BannerProps) {
  return (
    <div className={`banner banner-${tone}`} role={role}>
      <p>{children}</p>
      <div className="actions">
        {actions.map(([label, onClick]) => (
          <button key={label} type="button" onClick={onClick}>
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}

const DOWNLOAD = ['Download a backup', downloadProgress] as const;

/** Says plainly when progress is not being saved, and what the learner can do about it. */
export function SaveBanner() {
  const save = useSaveStatus((s) => s.save);
  const setAside = useSaveStatus((s) => s.setAside);
  const wiped = useSaveStatus((s) => s.wiped);
  const journal = useSaveStatus((s) => s.journal);
  const decksHeld = useSaveStatus((s) => s.decksHeld);
  const unreadableHistory = useSaveStatus((s) => s.history.unreadable);
  const [noticeSeen, setNoticeSeen] = useState(journalNoticeSeen);
  const retry = useProgress((s) => s.retrySave);
  const nearlyFull = useSaveStatus(
    (s) => s.save.kind === 'saved' && s.savedChars > STORAGE_WARNING_CHARS,
  );

  return (
    <div className="banners">
      {nearlyFull && (
        <Banner tone="warning" role="status" actions={[DOWNLOAD]}>
          <strong>Browser storage is nearly full.</strong> Your progress takes most of the space
          this browser gives a site (about 5 MB). It is still saved, but download a copy now: if
          storage fills up, new reviews are kept in this tab only until there is room again.
        </Banner>
      )}
      {save.kind === 'unsaved' && (
        <Banner tone="error" role="alert" actions={[['Try saving again', retry], DOWNLOAD]}>
          <strong>Not saved.</strong>{' '}
          {save.reason === 'quota'
            ? 'Browser storage is full, so your latest reviews are kept in this tab only.'
            : 'This browser does not let PrepDeck save, so your reviews are kept in this tab only.'}{' '}
          Closing the tab would lose them: download your progress to keep it.
        </Banner>
      )}
      {save.kind === 'read-only' && (
        <Banner tone="warning" role="alert" actions={[DOWNLOAD]}>
          {save.reason === 'newer-version' ? (
            <>
              <strong>Read-only.</strong> Your progress was saved by a newer version of PrepDeck.
              This tab will not change it: reload the page to get the newer version.
            </>
          ) : (
            <>
              <strong>Not saved.</strong> Your saved progress could not be read and there is no room
              to set it aside, so nothing is written over it. Download it, then free some space.
            </>
          )}
        </Banner>
      )}
      {wiped && (
        <Banner
          tone={wiped.resaved ? 'warning' : 'error'}
          role="alert"
          actions={[DOWNLOAD, ['Dismiss', () => reportWiped(null)]]}
        >
          <strong>This browser&apos;s storage was cleared while PrepDeck was open</strong> (site
          data cleared in another window?). {wiped.resaved ? 'Restored' : 'Kept in this tab only'}{' '}
          from memory: {plural(wiped.reviews, 'review')} of {plural(wiped.cards, 'card')} and{' '}
          {plural(wiped.bookmarks, 'bookmark')}.
          {wiped.resaved ? ' Saved again.' : ' Download your progress to keep it.'}
        </Banner>
      )}
      {unreadableHistory && (
        <Banner tone="warning" role="alert" actions={[]}>
          <strong>{plural(unreadableHistory.count, 'older review')} could not be read</strong> (
          {unreadableHistory.reason}). They are still saved in this browser, but statistics and
          downloaded backups leave them out until they can be read: close other PrepDeck tabs, or
          reload.
        </Banner>
      )}
      {journal === 'unavailable' && !noticeSeen && (
        <Banner
          tone="warning"
          role="status"
          actions={[
            [
              'Dismiss',
              () => {
                dismissJournalNotice();
                setNoticeSeen(true);
              },
            ],
          ]}
        >
          <strong>No crash-safe journal in this browser.</strong> Progress is saved as usual, but a
          browser crash right after a grade can lose the last few seconds of study.
        </Banner>
      )}
      {(decksHeld || journal === 'held') && (
        // One tab holds them all: one banner, saying what waits for it.
        <Banner tone="warning" role="alert" actions={[]}>
          <strong>Another PrepDeck tab is holding this browser&rsquo;s data</strong>, probably one
          of an older version left open: close it or reload it.
          {` Until then ${[
            decksHeld && 'your decks cannot be opened (they appear here once it closes)',
            journal === 'held' &&
              'your grades are saved as usual and kept in this tab, but not in the crash-safe journal',
          ]
            .filter(Boolean)
            .join('; and ')}.`}
        </Banner>
      )}
      {journal === 'failed' && (
        <Banner
          tone="warning"
          role="alert"
          actions={[['Dismiss', () => reportJournal('unavailable')]]}
        >
          <strong>Your last grade is not yet safe from a crash.</strong> The browser refused to
          write it to its crash-safe journal; it is kept in this tab and saved as usual.
        </Banner>
      )}
      {setAside.map((entry) => (
        <Banner
          key={entry.key}
          tone="warning"
          role="alert"
          actions={[
            ...(entry.where === 'journal' || entry.where === 'edits'
              ? []
              : [['Download the unreadable data', () => downloadSetAside(entry)] as const]),
            ['Dismiss', () => forgetSetAside(entry.key)],
          ]}
        >
          {entry.where === 'decks' ? (
            <>
              <strong>One of your decks could not be read</strong> (
              <code>{entry.key.slice(UNREADABLE_DECK.length)}</code>: {entry.reason}). It is kept in
              this browser as it was, and your other decks work. Download it to see what it holds.
            </>
          ) : entry.where === 'edits' ? (
            <>
              <strong>Some of your card edits could not be read</strong> ({entry.reason}). Those
              cards show their deck&rsquo;s own text; the edits are kept in this browser as they
              were, untouched.
            </>
          ) : entry.where === 'journal' ? (
            <>
              <strong>A change saved for crash recovery could not be read</strong> ({entry.reason}).
              It was skipped and is kept aside, untouched, in this browser as{' '}
              <code>{entry.key}</code>.
            </>
          ) : entry.partial ? (
            <>
              <strong>Some saved progress could not be used</strong> ({entry.reason}). Those cards
              start afresh; everything saved is kept aside, untouched, as <code>{entry.key}</code>.
            </>
          ) : (
            <>
              <strong>Saved progress could not be read</strong> ({entry.reason}). It has been kept
              aside, untouched, as <code>{entry.key}</code>, and PrepDeck started afresh.
            </>
          )}
        </Banner>
      ))}
    </div>
  );
}

/** The data set aside, as found: a deck from IndexedDB, or progress from localStorage. */
function downloadSetAside(entry: SetAside): void {
  if (entry.where === 'decks') {
    const id = entry.key.slice(UNREADABLE_DECK.length);
    void openLibrary().then((library) => downloadText(`${id}.json`, library.unreadableDeck(id)));
    return;
  }
  downloadText(`${entry.key.replace(/[:]/g, '_')}.json`, readSetAside(entry.key) ?? '');
}
