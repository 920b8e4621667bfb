import { LazyMarkdown } from '../../components/markdown/lazy-markdown.tsx';
import type { CardText } from '../../deck/edits/card-edit.ts';

/** An edited card's text as its deck has it ("Show the original"). */
export function OriginalText({ text }: { text: CardText }) {
  return (
    <section
      id="card-original"
      className="card-page-original"
      aria-labelledby="card-original-title"
    >
      <h2 id="card-original-title">The deck’s original</h2>
      <p className="card-page-original-question">{text.questionText}</p>
      {text.prompt && <LazyMarkdown questionLevel={2}>{text.prompt}</LazyMarkdown>}
      <LazyMarkdown questionLevel={2}>{text.answer}</LazyMarkdown>
    </section>
  );
}
