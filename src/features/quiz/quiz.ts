/** How many questions a quiz or mock interview may ask. */
export const QUESTION_COUNT = Object.freeze({ min: 1, max: 999, integer: true });

export interface QuizAnswer {
  readonly key: string;
  readonly right: boolean;
}
