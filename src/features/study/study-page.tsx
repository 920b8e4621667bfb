import { useState } from 'react';
import { deckEntries, findCard } from '../../lib/decks.ts';
import type { Deck } from '../../deck/types.ts';
import { localUtcOffset, now } from '../../lib/clock.ts';
import { useNow } from '../../lib/use-now.ts';
import {
  describeInterval,
  GRADE_NAMES,
  nextAvailable,
  nextCard,
  studyAheadQueue,
  type Grade,
} from '../../srs/index.ts';
import { useProgress } from '../../store/app-progress.ts';
import { schedulerFor } from '../../srs/scheduler.ts';
import { CardFace } from './card-face.tsx';
import { GradeBar } from './grade-bar.tsx';
import { QueueCounts } from './queue-counts.tsx';
import { SessionEnd } from './session-end.tsx';
import { ShortcutsSheet } from './shortcuts-sheet.tsx';
import {
  aheadRemaining,
  recordGrade,
  recordUndo,
  startSession,
  type Session,
} from './study-session.ts';
import { useDeckQueue } from '../../hooks/use-deck-queue.ts';
import { useStudyKeys } from './use-study-keys.ts';

const STUDY_AHEAD_LIMIT = 20;

/** Today's reviews for a deck: question, reveal, grade, next; undo and a summary at the end. */
export function StudyPage({ deck }: { deck: Deck }) {
  const [session, setSession] = useState<Session>(() => startSession(now()));
  const [revealed, setRevealed] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // The queue is read at the time of the last action, so the card on screen never changes
  // under the learner; between cards (or while waiting for one) the clock ticks.
  const [actionTime, setActionTime] = useState(now);
  const ticking = useNow(15_000);
  const states = useProgress((s) => s.cards);
  const settings = useProgress((s) => s.settings);
  const grade = useProgress((s) => s.grade);
  const undo = useProgress((s) => s.undo);
  const remainingAhead = session.ahead ? aheadRemaining(session) : null;
  const scheduler = schedulerFor(settings.desiredRetention);
  const queueAtAction = useDeckQueue(deck.id, actionTime, scheduler);
  const waiting =
    !session.forced && !remainingAhead && nextCard(queueAtAction, states, actionTime) === null;
  const queueTime = waiting ? Math.max(ticking, actionTime) : actionTime;
  const queue = useDeckQueue(deck.id, queueTime, scheduler);
  const current =
    session.forced ??
    (remainingAhead ? (remainingAhead[0] ?? null) : nextCard(queue, states, queueTime));
  const entry = current ? findCard(current) : undefined;
  const left = remainingAhead
    ? remainingAhead.length
    : queue.counts.new + queue.counts.learning + queue.counts.review;

  const onGrade = (g: Grade) => {
    if (!current || !revealed) return;
    const review = grade(current, g, now(), scheduler);
    const next = useProgress.getState().cards[current];
    setSession((s) => recordGrade(s, review));
    setRevealed(false);
    setActionTime(now());
    setAnnouncement(
      `${GRADE_NAMES[g]}. Next review of this card in ${describeInterval((next?.due ?? review.time) - review.time)}.`,
    );
  };

  const onUndo = () => {
    const last = session.history.at(-1);
    if (!last) return;
    if (!undo(last.id)) {
      setAnnouncement('Cannot undo: this card was reviewed again since, maybe in another tab.');
      return;
    }
    setSession((s) => recordUndo(s, last));
    setRevealed(false);
    setActionTime(now());
    setAnnouncement(
      `Undone: ${GRADE_NAMES[last.grade]} on “${findCard(last.card)?.card.questionText ?? 'a card'}”.`,
    );
  };

  const onStudyAhead = () => {
    const keys = deckEntries(deck.id).map((e) => e.key);
    const input = {
      cards: keys,
      states,
      introducedToday: 0,
      settings,
      scheduler,
      utcOffset: localUtcOffset,
      now: now(),
    };
    setSession((s) => ({ ...s, ahead: studyAheadQueue(input, STUDY_AHEAD_LIMIT) }));
    setActionTime(now());
  };

  useStudyKeys({
    reveal: () => current && setRevealed(true),
    grade: onGrade,
    undo: onUndo,
    help: () => setHelpOpen((open) => !open),
  });

  const done = session.reviewed;
  const keys = deckEntries(deck.id).map((e) => e.key);
  const nextAt = nextAvailable(states, keys, localUtcOffset, settings.dayStartHour);

  return (
    <section className="study" aria-labelledby="study-title">
      <div className="study-top">
        <h1 id="study-title" className="study-title">
          {deck.title}
          {session.ahead && <span className="badge">Studying ahead</span>}
        </h1>
        <div className="study-tools">
          <QueueCounts counts={queue.counts} />
          <button type="button" onClick={onUndo} disabled={session.history.length === 0}>
            Undo <kbd>U</kbd>
          </button>
          <button type="button" onClick={() => setHelpOpen(true)} aria-haspopup="dialog">
            Shortcuts <kbd>?</kbd>
          </button>
        </div>
      </div>
      <progress
        className="session-progress"
        max={done + left || 1}
        value={done}
        aria-label={`Session progress: ${done} done, ${left} to go`}
      />
      {entry ? (
        <>
          <CardFace
            key={`${entry.key}:${done}`}
            entry={entry}
            revealed={revealed}
            onReveal={() => setRevealed(true)}
          />
          {revealed && (
            <GradeBar state={states[entry.key] ?? null} time={now()} onGrade={onGrade} />
          )}
        </>
      ) : (
        <SessionEnd
          session={session}
          nextAt={nextAt}
          time={ticking}
          waitingForLearning={queue.counts.learning > 0}
          onStudyAhead={onStudyAhead}
        />
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <ShortcutsSheet open={helpOpen} onClose={() => setHelpOpen(false)} />
    </section>
  );
}
