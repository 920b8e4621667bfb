/** Which cards a study sitting draws from; the study link carries it in the URL. */
export type StudySet =
  | { readonly kind: 'due' }
  | { readonly kind: 'section'; readonly sectionId: string }
  | { readonly kind: 'bookmarked' }
  | { readonly kind: 'weak' }
  | { readonly kind: 'all' }
  | { readonly kind: 'cards'; readonly cardIds: readonly string[] }
  /** The cards with a tag (lower case): every one, or those in today's queue (`due`). */
  | { readonly kind: 'tag'; readonly tag: string; readonly due: boolean };
