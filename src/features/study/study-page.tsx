import { useEffect, useRef, useState } from 'react';
import {
  AnswerFirstInput,
  AnswerFirstResult,
  AnswerFirstToggle,
  useAnswerCheck,
} from '../../components/answer-first.tsx';
import { BookmarkButton } from '../../components/bookmark-button.tsx';
import { LazyCardEditor } from '../../components/card-editor/lazy-card-editor.tsx';
import { reasonOf } from '../../components/card-editor/reason-of.ts';
import { setAside, type SetAsideDone } from '../../components/card-editor/set-aside.ts';
import { OwnAnswer } from '../../components/own-answer.tsx';
import { RecordingsSlot, withTranscript } from '../../components/recording/recordings-slot.tsx';
import { MAX_TYPED_CHARS } from '../../deck/key-points/index.ts';
import { RevealCard } from '../../components/reveal-card.tsx';
import { ShortcutsButton } from '../../components/shortcuts-button.tsx';
import { ALL_DECKS, findCard, studyEntries } from '../../store/decks/index.ts';
import type { DeckOutline } from '../../deck/types.ts';
import {
  bookmark,
  grade,
  gradedInThisTab,
  localUtcOffset,
  now,
  undo,
  useProgress,
} from '../../store/progress/index.ts';
import type { StudySet } from '../../srs/study-set.ts';
import { useNow } from '../../hooks/use-now.ts';
import { useDeckQueue, type ShownProgress } from '../../hooks/use-deck-queue.ts';
import { describeInterval } from '../../srs/format-interval.ts';
import { nextCard, nextUp } from '../../srs/queue.ts';
import { schedulerFor } from '../../srs/scheduler.ts';
import { deckNewLimit } from '../../srs/deck-limit.ts';
import { GRADE_NAMES, type Grade } from '../../srs/types.ts';
import { useUiPrefs } from '../../store/prefs/index.ts';
import { CardActions, GradeBar } from './grade-bar.tsx';
import { QueueCounts } from './queue-counts.tsx';
import { SessionEnd } from './session-end.tsx';
import {
  earlierGrade,
  recordEarlierUndo,
  skipEarlierGrade,
  recordGrade,
  recordUndo,
  startSession,
  type Session,
} from './study-session.ts';
import { beyondToday } from './beyond-today.ts';
import { describeSet, resolveSet } from './resolve-set.ts';
import { useKeyQueue } from './use-key-queue.ts';
import { useStudyKeys } from './use-study-keys.ts';
import './study-page.css';

interface StudyPageProps {
  readonly deck: DeckOutline;
  readonly set?: StudySet;
  /** Cramming: go through the set without changing the schedule. */
  readonly cram?: boolean;
}

const TODAY: StudySet = { kind: 'due' };

type Intent = 'reveal' | 'undo' | 'edit' | 'suspend' | 'bury' | Grade;

/** The card last suspended or buried in this sitting, until the next grade: what U undoes. */
interface SetAsideCard extends SetAsideDone {
  readonly key: string;
  readonly question: string;
}

/**
 * A study sitting: today's queue, or a chosen set (a section, bookmarks, weak cards…), or a
 * cram round that leaves the schedule alone. Question, reveal, grade, next; undo; a summary.
 */
export function StudyPage({ deck, set = TODAY, cram = false }: StudyPageProps) {
  const settings = useProgress((s) => s.settings);
  const scheduler = schedulerFor(settings.desiredRetention);
  const [session, setSession] = useState<Session>(() => {
    const progress = useProgress.getState();
    const list = resolveSet(deck, set, progress, scheduler, now(), localUtcOffset);
    return startSession(
      now(),
      list ??
        (cram
          ? resolveSet(deck, { kind: 'all' }, progress, scheduler, now(), localUtcOffset)
          : null),
    );
  });
  // The card whose answer is showing: pinned, so another tab's save cannot swap it.
  const [pinned, setPinned] = useState<string | null>(null);
  // The card on screen while an undo is being saved: the undone card shows only once the undo
  // is in the journal, so what is on screen survives a crash (its answer stays hidden).
  const [held, setHeld] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The queue is read at the time of the last action; while waiting for a card, the clock ticks.
  const [actionTime, setActionTime] = useState(now);
  const ticking = useNow(15_000);
  // While a grade is on its way to the disk the screen keeps drawing the progress from before
  // it: counts and card change together, with nothing laid out or painted in between to keep
  // the journal's answer waiting.
  const liveStates = useProgress((s) => s.cards);
  const liveLog = useProgress((s) => s.log);
  const [before, setBefore] = useState<ShownProgress | null>(null);
  const states = before?.cards ?? liveStates;
  const log = before?.log ?? liveLog;
  const answerFirst = useUiPrefs((s) => s.answerFirst);
  // The typed answer, for the card on screen only: cleared with each grade or undo.
  const [typed, setTyped] = useState('');
  // The card editor, open over the revealed card; the study keys are off meanwhile.
  const [editing, setEditing] = useState(false);
  const [aside, setAsideCard] = useState<SetAsideCard | null>(null);
  // A suspension, burying or its undo that could not be saved: said until the next action.
  const [failure, setFailure] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (refocus > 0) editButton.current?.focus();
  }, [refocus]);

  // New cards the learner asked for beyond today's limit ("learn N more").
  const [extraNew, setExtraNew] = useState(0);
  const queueAtAction = useDeckQueue(deck.id, actionTime, scheduler, extraNew, before);
  const waiting =
    !session.forced && !session.list && nextCard(queueAtAction, states, actionTime) === null;
  const queueTime = waiting ? Math.max(ticking, actionTime) : actionTime;
  const queue = useDeckQueue(deck.id, queueTime, scheduler, extraNew, before);
  const current =
    pinned ??
    held ??
    session.forced ??
    (session.list ? (session.list[0] ?? null) : nextCard(queue, states, queueTime));
  const entry = current ? findCard(current) : undefined;
  const revealed = pinned !== null && pinned === current;
  const check = useAnswerCheck(entry, typed, answerFirst && revealed);
  const left = session.list
    ? session.list.length
    : queue.counts.new + queue.counts.learning + queue.counts.review;

  const reveal = () => {
    if (current) setPinned(current);
  };

  // A grade or undo shows the next card once it is in the crash-safe journal (a few ms), so
  // what is on screen survives a crash; keys pressed meanwhile wait their turn (useKeyQueue).
  const saving = useRef(false);
  /**
   * `andThen` is drawn with the next card, in the same render: the sitting's count, the
   * announcement. Drawn before, it would draw the graded card again (its key holds the count)
   * while the grade is still on its way to the disk.
   */
  const showNext = (durable: Promise<void> | null, andThen?: () => void) => {
    const next = () => {
      saving.current = false;
      setBefore(null);
      setPinned(null);
      setHeld(null);
      setTyped('');
      setActionTime(now());
      andThen?.();
    };
    saving.current = durable !== null;
    if (durable) void durable.then(next);
    else next();
  };

  const onGrade = (g: Grade) => {
    if (!current || !revealed || saving.current) return;
    setAsideCard(null);
    setFailure(null);
    if (cram) {
      setSession((s) =>
        recordGrade(s, { id: `cram-${s.reviewed}-${current}`, card: current, grade: g }),
      );
      setAnnouncement(`${GRADE_NAMES[g]}. Cramming: the schedule is not changed.`);
      showNext(null);
      return;
    }
    const { review, next, durable } = grade(current, g, scheduler);
    // Drawn in the same render as the store's change: the screen does not move until `next`.
    if (durable) setBefore({ cards: states, log });
    showNext(durable, () => {
      setSession((s) => recordGrade(s, review));
      setAnnouncement(
        `${GRADE_NAMES[g]}. Next review of this card in ${describeInterval(next.due - review.time)}.`,
      );
    });
  };

  // After a reload, undo goes on with the grades saved before it (not when cramming: unsaved).
  const earlier =
    session.history.length === 0 && !cram
      ? earlierGrade(
          session,
          log,
          // This tab's grade (not another tab's), of a card still in a deck (one deleted since
          // cannot be shown again).
          ({ id, card }) =>
            (deck.id === ALL_DECKS || card.startsWith(`${deck.id}/`)) &&
            gradedInThisTab(id) &&
            findCard(card) !== undefined,
        )
      : null;

  const onUndo = () => {
    if (aside) {
      onUndoSetAside(aside);
      return;
    }
    const last = session.history.at(-1) ?? earlier;
    if (!last || saving.current) return;
    let durable: Promise<void> | null = null;
    if (!cram) {
      const result = undo(last.id);
      if (!result.undone) {
        // Undo then goes on with the grade before it, rather than stick on this one.
        if (session.history.length === 0 && earlier)
          setSession((s) => skipEarlierGrade(s, earlier));
        setAnnouncement('Cannot undo: this card was reviewed again since, maybe in another tab.');
        return;
      }
      // The card on screen stays until the undo is durable (see `held`).
      setHeld(current);
      durable = result.durable;
    }
    setSession((s) =>
      s.history.length === 0 && earlier ? recordEarlierUndo(s, earlier) : recordUndo(s),
    );
    showNext(durable);
    setAnnouncement(
      `Undone: ${GRADE_NAMES[last.grade]} on “${findCard(last.card)?.card.questionText ?? 'a card'}”.`,
    );
  };

  // Suspending or burying takes the card out of the sitting once on disk; the next one shows.
  const onSetAside = (kind: 'suspend' | 'bury') => {
    if (!current || !entry || !revealed || saving.current) return;
    const key = current;
    const question = entry.card.questionText;
    saving.current = true;
    setFailure(null);
    setAside(entry, kind, question).then(
      (done) => {
        setSession((s) => ({
          ...s,
          forced: s.forced === key ? null : s.forced,
          list: s.list ? s.list.filter((k) => k !== key) : null,
        }));
        setAsideCard({ ...done, key, question });
        setAnnouncement(done.message);
        showNext(null);
      },
      (error: unknown) => {
        saving.current = false;
        setFailure(`Not ${kind === 'suspend' ? 'suspended' : 'buried'}: ${reasonOf(error)}`);
      },
    );
  };

  // The card comes back first, its question showing.
  const onUndoSetAside = ({ key, question, undo: putBack }: SetAsideCard) => {
    if (saving.current) return;
    saving.current = true;
    setFailure(null);
    putBack().then(
      () => {
        setAsideCard(null);
        setSession((s) => ({
          ...s,
          forced: key,
          list: s.list ? [key, ...s.list.filter((k) => k !== key)] : null,
        }));
        setAnnouncement(`Undone: “${question}” is back in this sitting.`);
        showNext(null);
      },
      (error: unknown) => {
        saving.current = false;
        setFailure(`Not undone: ${reasonOf(error)}`);
      },
    );
  };

  const onEdit = () => {
    if (current && revealed && !saving.current) setEditing(true);
  };
  const closeEditor = (saved?: { reset: boolean }) => {
    setEditing(false);
    setRefocus((n) => n + 1);
    if (saved)
      setAnnouncement(
        saved.reset
          ? 'Your edit is saved. Its schedule starts again: the card is new.'
          : 'Your edit is saved. The card keeps its schedule.',
      );
  };

  const onBookmark = () => {
    if (!current) return;
    const on = !useProgress.getState().bookmarks[current]?.on;
    bookmark(current, on);
    setAnnouncement(on ? 'Bookmarked.' : 'Bookmark removed.');
  };

  // Once today's queue is done: more new cards first, or reviews ahead of time.
  const offerExtra = !entry && !cram && set.kind === 'due';
  const { moreNew, ahead } = offerExtra
    ? beyondToday(studyEntries(deck.id, ticking), states, settings, scheduler, ticking)
    : { moreNew: [], ahead: [] };
  const onLearnMore = () => {
    setExtraNew((n) => n + moreNew.length);
    setSession((s) => ({ ...s, list: null }));
    setActionTime(now());
  };
  const onStudyAhead = () => {
    setSession((s) => ({ ...s, list: ahead }));
    setActionTime(now());
  };

  const press = useKeyQueue<Intent>(
    () => saving.current,
    (intent) => {
      if (intent === 'reveal') reveal();
      else if (intent === 'undo') onUndo();
      else if (intent === 'edit') onEdit();
      else if (intent === 'suspend' || intent === 'bury') onSetAside(intent);
      else onGrade(intent);
    },
  );
  useStudyKeys(
    editing
      ? null
      : {
          reveal: () => press('reveal'),
          grade: press,
          undo: () => press('undo'),
          bookmark: onBookmark,
          edit: () => press('edit'),
          suspend: () => press('suspend'),
          bury: () => press('bury'),
        },
  );

  const done = session.reviewed;
  // Only the end-of-session screen shows it: not worked out while a card is on screen.
  const next = entry
    ? null
    : nextUp(
        states,
        studyEntries(deck.id, ticking).map((e) => e.key),
        localUtcOffset,
        settings.dayStartHour,
        ticking,
        settings.newPerDay > 0 &&
          studyEntries(deck.id, ticking).some(
            (e) => !states[e.key] && deckNewLimit(settings, e.deck.id) !== 0,
          ),
      );

  return (
    <section className="study" aria-labelledby="study-title">
      <div className="study-top">
        <h1 id="study-title" className="study-title">
          {set.kind === 'due' && !session.list ? deck.title : describeSet(deck, set)}
          {cram && <span className="badge">Cram: schedule not changed</span>}
          {!cram && set.kind === 'due' && session.list && (
            <span className="badge">Studying ahead</span>
          )}
        </h1>
        <div className="study-tools">
          {session.list ? (
            <p className="study-left">{left} to go</p>
          ) : (
            <QueueCounts counts={queue.counts} />
          )}
          <AnswerFirstToggle />
          <button
            type="button"
            onClick={onUndo}
            disabled={editing || (session.history.length === 0 && earlier === null && !aside)}
          >
            Undo <kbd>U</kbd>
          </button>
          <ShortcutsButton />
        </div>
      </div>
      <progress
        className="session-progress"
        max={done + left || 1}
        value={done}
        aria-label={`Session progress: ${done} done, ${left} to go`}
      />
      {aside && (
        <div className="study-set-aside">
          <p>{aside.message}</p>
          <button type="button" onClick={() => press('undo')}>
            Undo
          </button>
        </div>
      )}
      {failure && (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      )}
      {entry && editing ? (
        <LazyCardEditor
          key={entry.key}
          entry={entry}
          headingLevel={2}
          onSaved={closeEditor}
          onCancel={() => closeEditor()}
        />
      ) : entry ? (
        <>
          <RevealCard
            key={`${entry.key}:${done}`}
            entry={entry}
            level={2}
            headingId="card-question"
            revealed={revealed}
            onReveal={reveal}
            meta={`${deck.id === ALL_DECKS ? `${entry.deck.title} · ` : ''}#${entry.number} · ${entry.section.title}`}
            star={<BookmarkButton cardKey={entry.key} label={entry.card.questionText} />}
            revealOnClick
            quietReveal={answerFirst}
            focusAnswer
          />
          {answerFirst && !revealed && (
            <AnswerFirstInput value={typed} onChange={setTyped} onCheck={reveal} />
          )}
          {answerFirst && revealed && <AnswerFirstResult result={check} typed={typed} />}
          {answerFirst && (
            <RecordingsSlot
              key={`recording:${entry.key}:${done}`}
              cardKey={entry.key}
              onTranscript={
                revealed
                  ? undefined
                  : (heard) => setTyped((t) => withTranscript(t, heard, MAX_TYPED_CHARS))
              }
            />
          )}
          {revealed && (
            <GradeBar
              state={states[entry.key] ?? null}
              time={now()}
              onGrade={onGrade}
              cram={cram}
              suggested={check?.suggestedGrade ?? null}
            />
          )}
          {revealed && (
            <CardActions
              onEdit={() => press('edit')}
              onSuspend={() => press('suspend')}
              onBury={() => press('bury')}
              editRef={editButton}
            />
          )}
          {revealed && <OwnAnswer key={entry.key} cardKey={entry.key} headingLevel={3} />}
        </>
      ) : (
        <SessionEnd
          session={session}
          next={cram ? null : next}
          time={ticking}
          waitingForLearning={!session.list && queue.counts.learning > 0}
          moreNew={moreNew.length}
          onLearnMore={onLearnMore}
          ahead={ahead.length}
          onStudyAhead={onStudyAhead}
        />
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
