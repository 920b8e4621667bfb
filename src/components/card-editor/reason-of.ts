/** Why a change was not saved, in words for "Not saved: …" (a failed write's message). */
export const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
