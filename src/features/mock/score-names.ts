import type { MockScore } from '../../store/prefs/index.ts';
import { GRADE_NAMES } from '../../srs/types.ts';

/** A mock's scores in study's grade words (saved under their old names: missed, partial, nailed). */
export const SCORE_NAMES: Readonly<Record<MockScore, string>> = {
  missed: GRADE_NAMES[1],
  partial: GRADE_NAMES[2],
  nailed: GRADE_NAMES[3],
};
