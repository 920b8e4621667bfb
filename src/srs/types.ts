/** 1 Again, 2 Hard, 3 Good, 4 Easy: the four answers a learner gives. */
export type Grade = 1 | 2 | 3 | 4;

export const GRADES: readonly Grade[] = [1, 2, 3, 4];

export const GRADE_NAMES = {
  1: 'Again',
  2: 'Hard',
  3: 'Good',
  4: 'Easy',
} as const satisfies Record<Grade, string>;

export type MemoryPhase = 'new' | 'learning' | 'review' | 'relearning';

/**
 * A card's memory state as FSRS sees it, in plain numbers (epoch milliseconds, whole
 * seconds) so that it survives JSON exactly. A card never reviewed has no state at all.
 */
export interface CardState {
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly phase: MemoryPhase;
  readonly lastReview: number;
}

/** One review in the append-only log: enough to undo it exactly and to audit it. */
export interface Review {
  readonly id: string;
  /** `deckId/cardId`. */
  readonly card: string;
  readonly grade: Grade;
  /** When it counted, epoch ms (whole seconds; never before the card's previous review). */
  readonly time: number;
  /** The card's state before this review; null for a card seen for the first time. */
  readonly before: CardState | null;
}

export interface StudySettings {
  /** Probability of recall FSRS aims for when it schedules a review. */
  readonly desiredRetention: number;
  /** New cards a day across every deck. */
  readonly newPerDay: number;
  /** A lower daily new-card limit for some decks, by deck id; the others take `newPerDay`. */
  readonly deckNewPerDay: Readonly<Record<string, number>>;
  /** Local hour at which a new study day starts: a review at 1 am counts for the day before. */
  readonly dayStartHour: number;
  /** When the interview starts (epoch ms), or null: then the app schedules as plain FSRS. */
  readonly interviewAt: number | null;
  /** Predicted recall every card should have at the interview. */
  readonly targetRecall: number;
  /** Minutes a day the learner can give, or null for no budget. */
  readonly dailyMinutes: number | null;
  /** Ids of the decks the countdown covers, or null for every deck. */
  readonly interviewDecks: readonly string[] | null;
}

/** Minutes east of UTC at a given instant; passed in so that pure code never reads the zone. */
export type UtcOffset = (time: number) => number;
