import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/deck/import/import-document.ts';

/** A FAQ written as Vim's help files are (`:help` syntax), as plugins and Vim itself ship them. */
const HELP = `*myplug-faq.txt*	Questions about myplug

                            MYPLUG REFERENCE MANUAL

Frequently asked questions                                   *myplug-faq*

==============================================================================
1. Setup                                                 *myplug-faq-setup*

WHERE DOES MY CONFIG GO? ~
                                                          *myplug-config*
Put it in your |init.vim| or |vimrc|; see |myplug-options| for the names.

HOW DO I TURN IT OFF FOR ONE BUFFER? ~

Set the buffer variable: >vim
    let b:myplug_enabled = 0
<
It is read each time a buffer is entered.

==============================================================================
2. Trouble                                             *myplug-faq-trouble*

WHY ARE MY COLOURS WRONG? ~

Your terminal may not say it has true colour: >
	:set termguicolors
<  After that, restart Vim.

 vim:tw=78:ts=8:noet:ft=help:norl:
`;

const read = (text: string, path: string) =>
  importDocument(new TextEncoder().encode(text), { path });

describe('Vim help files', () => {
  it('reads the `~` headings under each part as questions, code and links kept readable', () => {
    const result = read(HELP, 'doc/myplug-faq.txt');
    expect(result.deck?.title).toBe('myplug-faq — Questions about myplug');
    expect(result.deck?.sections.map((s) => [s.title, s.cards.map((c) => c.questionText)])).toEqual(
      [
        ['1. Setup', ['WHERE DOES MY CONFIG GO?', 'HOW DO I TURN IT OFF FOR ONE BUFFER?']],
        ['2. Trouble', ['WHY ARE MY COLOURS WRONG?']],
      ],
    );
    const [config, off, colours] = result.deck?.sections.flatMap((s) => s.cards) ?? [];
    // Links read as names, anchors go: nothing of the help syntax is left to study.
    expect(config?.answer).toBe(
      'Put it in your `init.vim` or `vimrc`; see `myplug-options` for the names.',
    );
    expect(off?.answer).toContain('let b:myplug_enabled = 0');
    expect(off?.answer).toContain('It is read each time a buffer is entered.');
    expect(off?.answer).not.toMatch(/>vim|^<|\*myplug/m);
    // Text after the code's closing `<` is the answer's, the modeline is not.
    expect(colours?.answer).toContain('After that, restart Vim.');
    expect(colours?.answer).not.toMatch(/^\s*</m);
    expect(colours?.answer).not.toContain('ft=help');
    // Line numbers are the file's: a diagnostic or "edit at line" points at the right place.
    expect(off?.line).toBe(HELP.split('\n').indexOf('HOW DO I TURN IT OFF FOR ONE BUFFER? ~') + 1);
  });

  it('leaves other text files alone: `|`, `*` and a closing `~` are their own there', () => {
    const notes = [
      'Shell notes',
      '',
      '1. What does |grep| do in `ls |grep| x`?',
      '   Nothing special: |grep| is a file name there ~',
      '',
      '2. What is a glob?',
      '   A pattern such as *.txt* that the shell expands.',
      '',
    ].join('\n');
    const cards = read(notes, 'shell.txt').deck?.sections.flatMap((s) => s.cards) ?? [];
    expect(cards.map((c) => c.answer)).toEqual([
      'Nothing special: |grep| is a file name there ~',
      'A pattern such as *.txt* that the shell expands.',
    ]);
  });
});

describe('AsciiDoc and Org files', () => {
  it('AsciiDoc: = title, === questions, [source] blocks as code, link:url[words] as links', () => {
    const adoc = [
      '= Frequently Asked Questions about Queues',
      ':toc:',
      '',
      '=== What is a queue?',
      '',
      'A log of messages, read in order. See link:https://example.org/queue[the guide].',
      '',
      '=== How do I append?',
      '',
      '[source,java]',
      '----',
      'appender.writeText("hello");',
      '----',
      '',
      '=== Is it thread-safe?',
      '',
      'Yes.',
      '',
    ].join('\n');
    const result = read(adoc, 'docs/FAQ.adoc');
    expect(result.deck?.title).toBe('Frequently Asked Questions about Queues');
    const cards = result.deck?.sections.flatMap((s) => s.cards) ?? [];
    expect(cards.map((c) => c.questionText)).toEqual([
      'What is a queue?',
      'How do I append?',
      'Is it thread-safe?',
    ]);
    expect(cards[0]?.answer).toContain('[the guide](https://example.org/queue)');
    expect(cards[1]?.answer).toBe('```java\nappender.writeText("hello");\n```');
  });

  it('Org: * part, ** questions, #+TITLE, src blocks as code, ~code~ as code spans', () => {
    const org = [
      '#+TITLE: Dirvish notes',
      '* FAQ',
      '** How is Dirvish related to Dired?',
      '',
      'A session holds buffers in ~dirvish-mode~, derived from ~dired-mode~.',
      '',
      '** How do I open it?',
      '',
      '#+begin_src emacs-lisp',
      '(dirvish)',
      '#+end_src',
      '',
      '** Does it work over TRAMP?',
      '',
      'Yes, with some limits.',
      '',
    ].join('\n');
    const result = read(org, 'FAQ.org');
    expect(result.deck?.title).toBe('Dirvish notes');
    expect(result.deck?.sections.map((s) => [s.title, s.cards.map((c) => c.questionText)])).toEqual(
      [
        [
          'FAQ',
          ['How is Dirvish related to Dired?', 'How do I open it?', 'Does it work over TRAMP?'],
        ],
      ],
    );
    const cards = result.deck?.sections.flatMap((s) => s.cards) ?? [];
    expect(cards[0]?.answer).toContain('`dirvish-mode`');
    expect(cards[1]?.answer).toBe('```emacs-lisp\n(dirvish)\n```');
  });
});

describe('tables of questions without a usual header', () => {
  it('a CSV whose answer column is named IdealAnswer or question_text; ids, counts and a quiz’s letters are not', () => {
    const csv = [
      'Question,IdealAnswer,Category',
      'Tell me about yourself.,"A short pitch: education, skills, one project.",HR',
      'What is overfitting?,"A model that fits noise, not signal.",ML',
    ].join('\n');
    expect(
      read(csv, 'interview.csv').deck?.sections.flatMap((s) =>
        s.cards.map((c) => [s.title, c.questionText, c.answer]),
      ),
    ).toEqual([
      ['HR', 'Tell me about yourself.', 'A short pitch: education, skills, one project.'],
      ['ML', 'What is overfitting?', 'A model that fits noise, not signal.'],
    ]);
    const ids = [
      'question_id,question_text,answer_text,votes',
      '101,What is a closure?,A function with its lexical scope.,12',
      '102,What is hoisting?,Declarations are processed first.,7',
    ].join('\n');
    expect(
      read(ids, 'export.csv')
        .deck?.sections.flatMap((s) => s.cards)
        .map((c) => [c.questionText, c.answer]),
    ).toEqual([
      ['What is a closure?', 'A function with its lexical scope.'],
      ['What is hoisting?', 'Declarations are processed first.'],
    ]);
    // A quiz's letter alone is no answer to study: no table reading of it.
    const quiz = [
      'Question,Answer A,Answer B,Answer C,Correct Answer',
      'What does typeof null return?,null,object,undefined,B',
      'Which operator checks value and type?,==,===,=,B',
    ].join('\n');
    expect(read(quiz, 'quiz.csv').shape).not.toBe('csv');
  });

  it('keycap numbers (1️⃣ 2️⃣ 🔟) are numbering, not words', () => {
    const doc = [
      '# Django',
      '',
      '## 1️⃣ Django kya hai?',
      '',
      'Ek web framework.',
      '',
      '## 🔟 ORM kya hai?',
      '',
      'Database ko objects se padhna.',
      '',
    ].join('\n');
    expect(
      read(doc, 'README.md')
        .deck?.sections.flatMap((s) => s.cards)
        .map((c) => c.questionText),
    ).toEqual(['Django kya hai?', 'ORM kya hai?']);
  });
});

describe('notes in plain paragraphs', () => {
  it('a question line with its answer right below, a blank line between entries; group lines name sections', () => {
    const notes = [
      'Redis notes',
      '',
      'What is Redis and how does it differ from traditional databases?',
      'An in-memory key-value store; it keeps data in RAM.',
      '',
      'What data structures does Redis support?',
      'Strings, lists, sets, sorted sets, hashes and streams.',
      '',
      'Is Redis an in-memory database only? Explain.',
      'Mostly: it can persist to disk with RDB snapshots or an AOF log.',
      'Both can be on at once.',
      '',
      '🔹 11–20: Data structures',
      'How do Redis sets differ from lists?',
      'Sets hold unique members, unordered; lists keep order and repeats.',
      '',
      'Explain Redis streams and their use cases.',
      'An append-only log with consumer groups, for event sourcing and queues.',
      '',
      'A stream entry has an id made of a time and a sequence number.',
      '',
    ].join('\n');
    const result = read(notes, 'redis.md');
    expect(result.deck?.title).toBe('Redis notes');
    expect(result.deck?.sections.map((s) => [s.title, s.cards.map((c) => c.questionText)])).toEqual(
      [
        [
          'Questions',
          [
            'What is Redis and how does it differ from traditional databases?',
            'What data structures does Redis support?',
            'Is Redis an in-memory database only? Explain.',
          ],
        ],
        [
          '🔹 11–20: Data structures',
          ['How do Redis sets differ from lists?', 'Explain Redis streams and their use cases.'],
        ],
      ],
    );
    const cards = result.deck?.sections.flatMap((s) => s.cards) ?? [];
    expect(cards[2]?.answer).toBe(
      'Mostly: it can persist to disk with RDB snapshots or an AOF log.\nBoth can be on at once.',
    );
    // A paragraph that does not ask goes on with the answer above it.
    expect(cards[4]?.answer).toContain('A stream entry has an id made of a time');
  });

  it('prose that happens to hold a question is not a deck of notes', () => {
    const prose = [
      'Release notes',
      '',
      'This release fixes the importer. Why now? Because it broke.',
      'Thanks to everyone who reported it.',
      '',
      'The next release is planned for spring.',
      '',
    ].join('\n');
    expect(read(prose, 'NEWS.txt').deck).toBeNull();
  });
});

describe('plain-text parts underlined with tildes', () => {
  it('a ~~~~ line as long as the line above is that part’s underline, not a code fence', () => {
    const faq = [
      '-- FAQ: Frequently Asked Questions --',
      '',
      'I. General',
      '~~~~~~~~~~',
      'Q: Can it run beside other servers?',
      'A: Yes, it speaks the same protocol.',
      '',
      'Q: Is there a home page?',
      'A: Yes, with downloads.',
      '',
      'II. Building',
      '~~~~~~~~~~~~',
      'Q: Why is there no configure script?',
      'A: Run ./autogen.sh first.',
      '',
      'An example in markdown:',
      '~~~',
      'make install',
      '~~~',
      '',
    ].join('\n');
    const result = read(faq, 'FAQ.txt');
    expect(result.deck?.sections.map((s) => [s.title, s.cards.map((c) => c.questionText)])).toEqual(
      [
        ['I. General', ['Can it run beside other servers?', 'Is there a home page?']],
        ['II. Building', ['Why is there no configure script?']],
      ],
    );
    expect(result.deck?.sections[1]?.cards[0]?.answer).toContain('make install');
  });
});
