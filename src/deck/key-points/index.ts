// Key points of an answer and the check of a typed answer against them (issue 14).
export { extractKeyPoints, MAX_KEY_POINTS } from './extract.ts';
export type { ExtractOptions } from './extract.ts';
export { matchAnswer, MAX_TYPED_CHARS } from './match.ts';
export type { Coverage, KeyPoint, KeyPointKind, MatchResult } from './types.ts';
export {
  decodeOwnAnswers,
  MAX_OWN_ANSWER_CHARS,
  mergeOwnAnswers,
  ownAnswerProblem,
  ownAnswersToMarkdown,
  setOwnAnswer,
} from './own-answer.ts';
export type { DecodedOwnAnswers, OwnAnswer, OwnAnswers } from './own-answer.ts';
