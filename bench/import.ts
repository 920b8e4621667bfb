/**
 * Importer throughput on generated 1 MB documents, one per common shape: part of
 * `npm run bench`, or alone with `npx tsx bench/import.ts`.
 * Median of several runs after a warm-up, in ms and MB/s, with the cards found.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { exportAnki } from '../src/deck/export/export-anki.ts';
import { importDocument } from '../src/deck/import/import-document.ts';

const TARGET_BYTES = 1024 * 1024;
const RUNS = 3;

/** A README-like document: sections, numbered `###` questions, prose, lists, code, back-to-top. */
export function readme(): string {
  const parts = [
    '# Generated Interview Questions',
    '',
    '[![Badge](https://img.shields.io/badge/x-y-green.svg)](#)',
    '',
  ];
  for (let n = 1, size = 0; size < TARGET_BYTES; n++) {
    const before = parts.length;
    if (n % 25 === 1) parts.push(`## Topic ${Math.ceil(n / 25)}`, '');
    parts.push(
      `### ${n}. What is concept number ${n} and why does it matter?`,
      '',
      `Concept ${n} is explained here with **bold**, \`code\` and a [link](https://example.com/${n}).`,
      '',
      '- first point about it',
      '- second point, with more words to read',
      '  - a nested detail',
      '',
      '```js',
      `const value${n} = compute(${n});`,
      '```',
      '',
      '**[⬆ Back to Top](#table-of-contents)**',
      '',
    );
    for (const line of parts.slice(before)) size += line.length + 1;
  }
  return parts.join('\n');
}

/** The answers of tests/fixtures/import-wild/react-readme-toc.md, indented under their items. */
const REACT_ANSWERS: readonly (readonly string[])[] = [
  [
    'React (aka React.js or ReactJS) is an **open-source front-end JavaScript library** that is used for building composable user interfaces, especially for single-page applications.',
    '',
    'The major features of React are:',
    '',
    '- Uses **JSX** syntax, a syntax extension of JS that allows developers to write HTML in their JS code.',
    '- It uses **Virtual DOM** instead of Real DOM considering that Real DOM manipulations are expensive.',
  ],
  [
    '_JSX_ stands for _JavaScript XML_ and it is an XML-like syntax extension to ECMAScript.',
    '',
    '```jsx harmony',
    'export default function App() {',
    '  return <h1 className="greeting">{"Hello, this is a JSX Code!"}</h1>;',
    '}',
    '```',
  ],
  [
    'An _Element_ is a plain object describing what you want to appear on the screen in terms of the DOM nodes or other components.',
  ],
  [
    'Components are the building blocks of creating User Interfaces (UI) in React. There are two possible ways to create a component.',
    '',
    '1. **Function Components:** This is the simplest way to create a component.',
    '2. **Class Components:** You can also use ES6 class to define a component.',
  ],
  [
    'React Router is a powerful routing library built on top of React that helps you add new screens and flows to your application incredibly quickly.',
  ],
  ['A Router is used to keep the UI in sync with the URL.'],
  [
    "React Router is a wrapper around the `history` library which handles interaction with the browser's `window.history`.",
  ],
];

const REACT_QUESTIONS = [
  'What is React',
  'What is JSX',
  'What is the difference between Element and Component',
  'How to create components in React',
  'What is React Router',
  'Why do we need a Router to React Router v4',
  'How is React Router different from history library',
] as const;

/** The React README's sections, repeated (with a part number) until the document is 1 MB. */
const REACT_SECTIONS = [
  'Core React',
  'React Router',
  'React Internationalization',
  'React Testing',
  'React Redux',
  'React Native',
  'React supported libraries & Integration',
  'Miscellaneous',
] as const;

/** Items per section; numbering restarts in each, so every marker is `N.  ` or `NN. ` (4 wide). */
const REACT_PER_SECTION = 25;

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replaceAll(' ', '-');

/**
 * A README written like the most popular React interview README (the shape of
 * tests/fixtures/import-wild/react-readme-toc.md, its body repeated to 1 MB): a folded table of
 * contents linking every question, `## Section` headings, `1.  ### Question?` items with
 * 4-space-indented answers (paragraphs, lists, fenced code) and a back-to-top line in each.
 */
export function reactReadme(): string {
  const head = [
    '# React Interview Questions & Answers',
    '',
    '> Click :star: if you like the project. Pull Requests are highly appreciated.',
    '',
    '---',
    '',
    '<details><summary><b>Hide/Show table of contents</b></summary>',
    '',
    '### Table of Contents',
    '',
    '| No. | Questions |',
    '| --- | --------- |',
  ];
  const tail = [
    '## Disclaimer',
    '',
    'The questions provided in this repository are the summary of frequently asked questions across numerous companies. We cannot guarantee that these questions will actually be asked during your interview process.',
    '',
  ];
  const toc: string[] = [];
  const body: string[] = [];
  let size = utf8([...head, '', '</details>', '', ...tail].join('\n'));
  for (let n = 1; size < TARGET_BYTES; n++) {
    const lines: string[] = [];
    const rows: string[] = [];
    const i = n - 1;
    if (i % REACT_PER_SECTION === 0) {
      const s = i / REACT_PER_SECTION;
      const name = REACT_SECTIONS[s % REACT_SECTIONS.length] ?? '';
      const section =
        s < REACT_SECTIONS.length
          ? name
          : `${name}, part ${Math.floor(s / REACT_SECTIONS.length) + 1}`;
      rows.push(`|     | **${section}** |`);
      lines.push(`## ${section}`, '');
    }
    const k = i % REACT_QUESTIONS.length;
    const question = `${REACT_QUESTIONS[k]} (${n})?`;
    rows.push(`| ${String(n).padEnd(3)} | [${question}](#${slug(question)}) |`);
    lines.push(
      `${`${(i % REACT_PER_SECTION) + 1}.`.padEnd(4)}### ${question}`,
      '',
      ...(REACT_ANSWERS[k] ?? []).map((line) => (line ? `    ${line}` : '')),
      '',
      '    **[⬆ Back to Top](#table-of-contents)**',
      '',
    );
    toc.push(...rows);
    body.push(...lines);
    size += [...rows, ...lines].reduce((sum, line) => sum + utf8(line) + 1, 0);
  }
  return [...head, ...toc, '', '</details>', '', ...body, ...tail].join('\n');
}

/** The same volume as plain `N. Question?` lines with answers below. */
function plainText(): string {
  const lines = ['Generated questions', ''];
  for (let n = 1, size = 0; size < TARGET_BYTES; n++) {
    const before = lines.length;
    lines.push(
      `${n}. What is concept number ${n}?`,
      '',
      `It is the ${n}th concept, explained in a sentence or two.`,
      'A second line of the answer.',
      '',
    );
    for (const line of lines.slice(before)) size += line.length + 1;
  }
  return lines.join('\n');
}

export interface ImportFigure {
  readonly document: string;
  readonly mb: number;
  readonly ms: number;
  readonly mbPerSecond: number;
  readonly cards: number;
  readonly shape: string | null;
}

function measure(name: string, text: string): ImportFigure {
  const bytes = new TextEncoder().encode(text);
  const times: number[] = [];
  let cards = 0;
  let shape: string | null = null;
  importDocument(bytes, { path: `${name}.md` }); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = importDocument(bytes, { path: `${name}.md` });
    times.push(performance.now() - start);
    cards = result.deck?.sections.reduce((sum, s) => sum + s.cards.length, 0) ?? 0;
    shape = result.shape;
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)] ?? 0;
  const mb = bytes.byteLength / 1024 / 1024;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    document: name,
    mb: round(mb),
    ms: Math.round(ms),
    mbPerSecond: round(mb / (ms / 1000)),
    cards,
    shape,
  };
}

/** The importer on a 1 MB README, a React-style README, plain text and an Anki text export. */
export function importThroughput(): ImportFigure[] {
  const markdown = readme();
  const figures = [
    measure('readme', markdown),
    measure('react-readme', reactReadme()),
    measure('plain-text', plainText()),
  ];
  const deck = importDocument(markdown, { path: 'readme.md' }).deck;
  if (deck) figures.push(measure('anki-text', exportAnki(deck)));
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(
    `load average ${loadavg()[0]?.toFixed(1)} (figures scale with it on a shared machine)`,
  );
  for (const f of importThroughput()) {
    console.log(
      `${f.document.padEnd(13)} ${f.mb.toFixed(2)} MB  ${String(f.ms).padStart(5)} ms  ${f.mbPerSecond.toFixed(2).padStart(6)} MB/s  ${f.cards} cards (${f.shape})`,
    );
  }
}
