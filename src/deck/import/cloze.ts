import type { Draft, DraftCard } from './types.ts';

/**
 * Cloze deletions as Anki writes them: `{{c1::Paris}}`, `{{c2::France::country}}` (a hint),
 * nested `{{c1::a {{c2::b}}}}`. A note makes one card per deletion number: card N asks with
 * deletion N hidden (`[...]`, or `[hint]`) and the others shown, and answers with the text
 * whole, deletion N in bold, then whatever the card already answered (Anki's "Back Extra").
 * Deletions sharing a number are one card. Unbalanced braces are left as written.
 */
export function expandCloze(card: DraftCard): DraftCard[] {
  const question = parseCloze(card.question);
  const prompt = card.prompt ? parseCloze(card.prompt) : [];
  if (question === null || prompt === null) return [card];
  const numbers = [...new Set([...numbersIn(question), ...numbersIn(prompt)])].sort(
    (a, b) => a - b,
  );
  if (numbers.length === 0) return [card];
  return numbers.map((n) => {
    const whole = [render(question, n, 'answer'), render(prompt, n, 'answer')]
      .filter((part) => part.trim() !== '')
      .join('\n\n');
    const askedPrompt = render(prompt, n, 'question');
    const extra = card.answer.trim();
    return {
      ...card,
      question: render(question, n, 'question'),
      ...(askedPrompt.trim() ? { prompt: askedPrompt } : {}),
      answer: extra ? `${whole}\n\n${extra}` : whole,
    };
  });
}

/** True when the text holds at least one cloze deletion. */
export const hasCloze = (text: string) => /\{\{c\d+::/.test(text);

type ClozeNode = string | Deletion;

interface Deletion {
  readonly n: number;
  readonly children: ClozeNode[];
  hint: string | null;
}

const OPEN = /\{\{c(\d+)::/y;

/** The text as plain runs and deletions, or null when its braces do not balance. */
function parseCloze(text: string): ClozeNode[] | null {
  const root: ClozeNode[] = [];
  const open: Deletion[] = [];
  const into = () => open.at(-1)?.children ?? root;
  let run = '';
  const flush = () => {
    if (run) into().push(run);
    run = '';
  };
  let i = 0;
  while (i < text.length) {
    OPEN.lastIndex = i;
    const opening = OPEN.exec(text);
    if (opening) {
      flush();
      const deletion: Deletion = { n: Number(opening[1]), children: [], hint: null };
      into().push(deletion);
      open.push(deletion);
      i = OPEN.lastIndex;
      continue;
    }
    const current = open.at(-1);
    if (current && text.startsWith('}}', i)) {
      flush();
      open.pop();
      i += 2;
      continue;
    }
    if (current && text.startsWith('::', i)) {
      // The hint runs to the deletion's closing braces.
      const end = text.indexOf('}}', i + 2);
      if (end === -1) return null;
      flush();
      current.hint = text.slice(i + 2, end).trim();
      open.pop();
      i = end + 2;
      continue;
    }
    run += text[i];
    i++;
  }
  flush();
  return open.length === 0 ? root : null;
}

function numbersIn(nodes: readonly ClozeNode[]): number[] {
  return nodes.flatMap((node) =>
    typeof node === 'string' ? [] : [node.n, ...numbersIn(node.children)],
  );
}

/** The text for card `active`: its deletion hidden on the question side, in bold on the answer. */
function render(nodes: readonly ClozeNode[], active: number, side: 'question' | 'answer'): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return node;
      if (node.n !== active) return render(node.children, active, side);
      // Escaped, so `[...](x)` after it cannot become a link.
      if (side === 'question') return `\\[${node.hint || '...'}\\]`;
      return bold(render(node.children, Number.NaN, side));
    })
    .join('');
}

/** `**text**` line by line, the spaces around it kept outside so the markers still count. */
function bold(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const match = /^(\s*)(.*?)(\s*)$/.exec(line);
      const core = match?.[2] ?? '';
      return core ? `${match?.[1] ?? ''}**${core}**${match?.[3] ?? ''}` : line;
    })
    .join('\n');
}

/** `{{c1::…}}` deletions in any document make one card each, as in Anki. */
export function withCloze(draft: Draft): Draft {
  if (!draft.sections.some((s) => s.cards.some((c) => c.question.includes('{{c')))) return draft;
  return {
    ...draft,
    sections: draft.sections.map((s) => ({ ...s, cards: s.cards.flatMap(expandCloze) })),
  };
}
