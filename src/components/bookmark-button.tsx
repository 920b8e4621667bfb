import { useProgress, bookmark } from '../store/progress/index.ts';
import './bookmark-button.css';

/** A star that bookmarks a card; its pressed state is announced, its label names the card. */
export function BookmarkButton({ cardKey, label }: { cardKey: string; label: string }) {
  const on = useProgress((s) => s.bookmarks[cardKey]?.on === true);
  return (
    <button
      type="button"
      className={on ? 'bookmark-button bookmark-button-on' : 'bookmark-button'}
      aria-pressed={on}
      aria-label={`Bookmark: ${label}`}
      title={on ? 'Remove bookmark' : 'Bookmark'}
      onClick={() => bookmark(cardKey, !on)}
    >
      <span aria-hidden="true">{on ? '★' : '☆'}</span>
    </button>
  );
}
