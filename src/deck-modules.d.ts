declare module '*.md' {
  import type { Deck } from './deck/types.ts';
  const deck: Deck;
  export default deck;
}
