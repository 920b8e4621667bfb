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
