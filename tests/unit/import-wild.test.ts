import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/deck/import/import-document.ts';

// Shapes that real documents take and the first importer missed (issue 18): written here in
// the way those documents are written.
const read = (name: string) =>
  importDocument(
    readFileSync(fileURLToPath(new URL(`../fixtures/import-wild/${name}`, import.meta.url))),
    { path: name },
  );
/** A document written inline in a test, read as if chosen from a file at `path`. */
const fromText = (text: string, path: string) =>
  importDocument(new TextEncoder().encode(text), { path });
const outline = (result: ReturnType<typeof importDocument>) =>
  Object.fromEntries(
    (result.deck?.sections ?? []).map((s) => [s.title, s.cards.map((c) => c.questionText)]),
  );
const cards = (result: ReturnType<typeof importDocument>) =>
  result.deck?.sections.flatMap((s) => s.cards) ?? [];

describe('documents as people write them', () => {
  it('a README with a folded table of contents, headings inside numbered items and "back to top" links', () => {
    const result = read('react-readme-toc.md');
    expect(result.deck?.title).toBe('React Interview Questions & Answers');
    expect(outline(result)).toEqual({
      'Core React': [
        'What is React?',
        'What is JSX?',
        'What is the difference between Element and Component?',
        'How to create components in React?',
      ],
      'React Router': [
        'What is React Router?',
        'Why do we need a Router to React Router v4?',
        'How is React Router different from history library?',
      ],
    });
    for (const card of cards(result)) expect(card.answer).not.toMatch(/Back to Top|#table-of/);
    expect(cards(result)[1]?.answer).toContain('```jsx harmony');
    expect(result.confidence.level).toBe('high');
  });

  it('a multiple-choice exam: options on the question side, the lettered answers on the other', () => {
    const result = read('practice-exam.md');
    expect(result.shape).toBe('details');
    const all = cards(result);
    expect(all.map((c) => c.questionText)).toEqual([
      'A company needs to store data that is accessed rarely but must be available within milliseconds. Which storage class is the most cost-effective?',
      'Which of the following are components of the AWS global infrastructure? (Select TWO.)',
      'Select the service that provides a managed relational database.',
      'A user wants to be alerted when their monthly spend passes $100. Use which service.',
    ]);
    expect(all[0]?.prompt).toContain('C. S3 Standard-Infrequent Access');
    expect(all[0]?.answer).toBe('**C. S3 Standard-Infrequent Access**');
    expect(all[1]?.answer).toBe('**A. Availability Zones**\n\n**B. Edge locations**');
    expect(all[2]?.answer).toMatch(/^\*\*B\. Amazon RDS\*\*\n\nRDS runs MySQL/);
  });

  it('a numbered plain-text FAQ: its table of contents skipped, N.M questions with indented answers', () => {
    const result = read('project-faq.txt');
    expect(outline(result)).toEqual({
      General: ['What is Frobnicate?', 'Is Frobnicate free software?'],
      Building: [
        'Which compilers are supported?',
        'The build fails with "undefined reference to frob_init". What now?',
        'Building on Windows',
      ],
    });
    expect(cards(result)[0]?.answer).toBe(
      'Frobnicate is a small library that frobnicates widgets. It was\nwritten in 1998 and is maintained by volunteers.',
    );
  });

  it('tasks numbered in bold, **1)** and **1. Title.**, with code answers', () => {
    const result = read('sql-python-tasks.md');
    expect(outline(result)).toEqual({
      SQL: [
        'Write a query that returns the second highest salary from the employees table.',
        'Find all customers who placed no orders.',
        'Count the orders per day for the last week.',
      ],
      Python: [
        'Reverse a string. Return the string backwards without using slicing.',
        'Flatten a list. Turn a nested list into a flat one.',
      ],
    });
    expect(cards(result)[3]?.answer).toMatch(/^```python\ndef reverse/);
  });
});

describe('multiple choice in plain text', () => {
  const quiz = (text: string) => importDocument(text, { path: 'quiz.txt' });

  it('an answer line after lettered options names one or several of them', () => {
    const result = quiz(
      [
        'Q1. Which port does HTTPS use by default?',
        'A) 80',
        'B) 443',
        'C) 8080',
        'Answer: B',
        '',
        'Q2. Which of these are NoSQL databases?',
        'A) MongoDB',
        'B) PostgreSQL',
        'C) Cassandra',
        'Correct answers: A, C',
        'Both store documents or wide rows without a fixed schema.',
      ].join('\n'),
    );
    expect(result.shape).toBe('choice');
    const [first, second] = cards(result);
    expect(first?.questionText).toBe('Which port does HTTPS use by default?');
    expect(first?.prompt).toBe('- A. 80\n- B. 443\n- C. 8080');
    expect(first?.answer).toBe('**B. 443**');
    expect(second?.answer).toBe(
      '**A. MongoDB**\n\n**C. Cassandra**\n\nBoth store documents or wide rows without a fixed schema.',
    );
  });

  it('ticked boxes mark the right options; a sentence starting with "A" is not an option', () => {
    const result = quiz(
      [
        'A cache in front of a database mainly reduces',
        '- [ ] write amplification',
        '- [x] read latency',
        '- [ ] disk usage',
      ].join('\n'),
    );
    expect(cards(result).map((c) => [c.questionText, c.answer])).toEqual([
      ['A cache in front of a database mainly reduces', '**read latency**'],
    ]);
  });

  it('a question without a marked answer is not a card', () => {
    const result = quiz(['Which is fastest?', 'A. L1', 'B. RAM', 'C. SSD'].join('\n'));
    expect(result.deck).toBeNull();
  });
});

describe('cloze and tags outside Anki', () => {
  it('a heading with {{c1::…}} deletions makes one card per deletion, hints shown', () => {
    const result = importDocument(
      '## Capitals\n\n### {{c1::Paris}} is the capital of {{c2::France::country}}\n\nOn the Seine.\n\n### What is the capital of Italy?\n\nRome.\n',
      { path: 'capitals.md' },
    );
    expect(cards(result).map((c) => [c.question, c.answer])).toEqual([
      ['\\[...\\] is the capital of France', '**Paris** is the capital of France\n\nOn the Seine.'],
      [
        'Paris is the capital of \\[country\\]',
        'Paris is the capital of **France**\n\nOn the Seine.',
      ],
      ['What is the capital of Italy?', 'Rome.'],
    ]);
    expect(new Set(cards(result).map((c) => c.id)).size).toBe(3);
  });

  it('a tags or metadata column of a CSV/TSV gives tags', () => {
    const result = importDocument(
      'Question\tAnswer\tMetadata\nHi\tHello!\tcategory:chitchat\nReset?\tHold the button.\tcategory:support|device:light\n',
      { path: 'faq.tsv' },
    );
    expect(cards(result).map((c) => c.tags)).toEqual([
      ['category-chitchat'],
      ['category-support', 'device-light'],
    ]);
  });
});

describe('what a review of the reading found (issue 18)', () => {
  const questionsOf = (result: ReturnType<typeof importDocument>) =>
    cards(result).map((c) => c.questionText);

  it('a FAQ laid out like a deck file keeps its table of contents, Contributing and "Still have questions?" out', () => {
    expect(outline(read('faq-toc-contributing.md'))).toEqual({
      Installation: ['How do I install it?', 'Does it work on Windows?'],
      Usage: ['How do I run it?', 'Can I use it in CI?'],
    });
    const resources = read('deck-shaped-resources.md');
    expect(questionsOf(resources)).toEqual([
      'What is Node.js?',
      'What is the event loop?',
      'What is npm?',
    ]);
    for (const card of cards(resources)) expect(card.answer).not.toMatch(/Back to Top/);
  });

  it('quotes and lists nested 10,000 deep are refused at their line, not a stack overflow', () => {
    const text = `# Deep\n\n## What is nesting?\n\n${'> - '.repeat(5000)}deep\n`;
    const result = importDocument(text, { path: 'deep.md' });
    expect(result.deck).toBeNull();
    expect(result.messages[0]).toMatchObject({
      line: 5,
      column: 1,
      reason: 'Block quotes and lists nested 10000 deep, expected at most 100',
    });
  });

  it('a title with a badge beside it is named by its words, not the badge', () => {
    const text = [
      '# Topics  ![Learn](https://img.shields.io/badge/Interview-Preparation-blueviolet)',
      '',
      '## Docker ![logo](docker.png)',
      '',
      '- **What is a container?**',
      '  - A process with its own view of the system.',
      '- **What is an image?**',
      '  - The files a container starts from.',
      '',
    ].join('\n');
    const result = importDocument(text, { path: 'devops.md' });
    expect(result.deck?.title).toBe('Topics');
    expect(result.deck?.sections.map((s) => s.title)).toEqual(['Docker']);
  });

  it('an answer that is all sub-headings (### Answer under each question) is an answer', () => {
    const result = read('answer-subheadings.md');
    expect(questionsOf(result)).toEqual([
      'What is a goroutine?',
      'What is a channel?',
      'How do you handle errors in Go?',
    ]);
    expect(cards(result)[0]?.answer).toBe('A lightweight thread managed by the Go runtime.');
  });

  it('an exam of ### questions with ticked boxes: the boxes on the question side, the ticks the answer', () => {
    const result = read('exam-checkboxes.md');
    expect(result.shape).toBe('choice');
    expect(cards(result).map((c) => [c.questionText, c.answer])).toEqual([
      ['Which service is object storage?', '**Amazon S3.**'],
      ['Which AWS services are global? (Choose TWO)', '**Amazon CloudFront.**\n\n**AWS IAM.**'],
      ['What does AWS Shield protect against?', '**DDoS attacks.**'],
    ]);
  });

  it('setext headings, a question standing alone above its options, Q: without A:, Q/R in French', () => {
    const setext = importDocument(
      'Git FAQ\n=======\n\nHow do I undo the last commit?\n------------------------------\n\nUse `git reset --soft HEAD~1`.\n\nHow do I delete a remote branch?\n--------------------------------\n\nRun `git push origin --delete name`.\n',
      { path: 'git.md' },
    );
    expect(setext.deck?.title).toBe('Git FAQ');
    expect(questionsOf(setext)).toEqual([
      'How do I undo the last commit?',
      'How do I delete a remote branch?',
    ]);
    const exam = importDocument('Which port does SSH use?\n\nA. 21\nB. 22\nC. 80\n\nAnswer: B\n', {
      path: 'exam.txt',
    });
    expect(cards(exam).map((c) => [c.questionText, c.answer])).toEqual([
      ['Which port does SSH use?', '**B. 22**'],
    ]);
    const noAnswers = importDocument(
      'Q: Is zstd faster than gzip?\nIn most cases, both ways.\n\nQ: Can zstd read gzip files?\nOnly when built with zlib.\n',
      { path: 'zstd.txt' },
    );
    expect(cards(noAnswers).map((c) => [c.questionText, c.answer])).toEqual([
      ['Is zstd faster than gzip?', 'In most cases, both ways.'],
      ['Can zstd read gzip files?', 'Only when built with zlib.'],
    ]);
    const french = importDocument(
      'Q : Comment installer le logiciel ?\nR : Depuis le site officiel.\n\nQ : Est-il gratuit ?\nR : Oui, sous licence GPL.\n',
      { path: 'faq.txt' },
    );
    expect(cards(french).map((c) => c.answer)).toEqual([
      'Depuis le site officiel.',
      'Oui, sous licence GPL.',
    ]);
  });

  it('topics among questions are questions; an introduction, authors and TSV rows with HTML headings are not confused', () => {
    const topics = importDocument(
      '# Security\n\n## Introduction\n\nNotes for interviews.\n\n## Authorization\n\nDeciding what a user may do.\n\n## What is XSS?\n\nInjected scripts.\n\n## Symbolic links\n\nA symlink attack writes through a link.\n\n## Authors\n\n- [Ann](https://example.com/ann)\n- [Bob](https://example.com/bob)\n',
      { path: 'security.md' },
    );
    expect(questionsOf(topics)).toEqual(['Authorization', 'What is XSS?', 'Symbolic links']);
    const tsv = importDocument(
      '#separator:tab\n#html:true\n<h3>What is DNS?</h3>\t<b>Domain Name System</b>\n<h3>What is TCP?</h3>\t<b>Transmission Control Protocol</b>\n',
      { path: 'notes.txt' },
    );
    expect(questionsOf(tsv)).toEqual(['What is DNS?', 'What is TCP?']);
  });
});

describe('plain-text FAQs laid out by indentation alone (man pages, pod2text, tab-indented)', () => {
  it('a man page: sections in capitals, questions indented, answers deeper, code deeper still', () => {
    const result = read('man-page-faq.txt');
    expect(result.deck?.title).toBe('Frequently asked questions about using Tool');
    expect(outline(result)).toEqual({
      CONFIGURATION: ['What should I put in user.name?', 'How do I configure a different editor?'],
      CREDENTIALS: [
        "I've made a mistake in the last commit. How do I change it?",
        // A question wrapped over two lines is one question.
        'How do I read a password or token from an environment variable?',
      ],
    });
    const [, editor, , last] = cards(result);
    // Indented deeper than the answer: code, as it was shown.
    expect(editor?.answer).toContain('\n\n    export VISUAL=nano\n\n');
    // "SEE ALSO" and the page's footer end the last answer; they are not in it.
    expect(last?.answer).toBe('Use a credential helper that prints it from the variable.');
  });

  it('pod2text: entries that do not ask (Where to get this document) are neither cards nor answers', () => {
    const result = read('pod-faq.txt');
    expect(result.deck?.title).toBe('net Frequently Asked Questions');
    expect(outline(result)).toEqual({
      'Obtaining and installing net': ['What is net?', 'Which version of perl do I need?'],
      'Using Net::FTP': [
        'How do I download files from an FTP server?',
        'Why does my script hang when I transfer a large file?',
      ],
    });
    expect(
      cards(result)
        .map((c) => c.answer)
        .join('\n'),
    ).not.toMatch(/distributed with|Graham Barr/);
  });

  it('answers indented with a tab are answers, not the columns of a tab-separated file', () => {
    const result = read('tab-indented-faq.txt');
    expect(result.shape).toBe('text');
    expect(cards(result).map((c) => [c.questionText, c.answer])).toEqual([
      [
        'Why does "ps -aux" complain about a bogus \'-\'?',
        'According to the POSIX standard, the above command asks to\ndisplay all processes with a TTY.',
      ],
      ["Why don't I see per-CPU stats in top?", "You didn't enable it. Press 1 in top."],
      [
        'Why do long user names get printed as numbers?',
        'The POSIX standard requires a name that does not fit to be printed\nas a decimal number.',
      ],
    ]);
  });

  it('a Q./A. question wrapped over lines is one question; a Q: ending with a colon keeps its prompt', () => {
    const text = [
      'Q1: Why does the libc6-dev package create /usr/include/linux and',
      '/usr/include/asm directories instead of making those directories',
      'into symlinks to the current kernel?',
      '',
      'A1: Changes in the kernel headers can break the compilation of libc.',
      '',
      'Q2: I am editing a symbolically linked file on a file server.',
      '   When I write the file, the link is replaced by a file. Why?',
      'A2: The editor writes a new file and renames it.',
      '',
      'Q3: Which row is wrong in this table:',
      '| code | meaning |',
      '| 404 | Not Found? |',
      'A3: None of them.',
      '',
    ].join('\n');
    const result = importDocument(text, { path: 'faq.txt' });
    expect(result.deck?.sections.flatMap((s) => s.cards.map((c) => c.questionText))).toEqual([
      'Why does the libc6-dev package create /usr/include/linux and /usr/include/asm directories instead of making those directories into symlinks to the current kernel?',
      'I am editing a symbolically linked file on a file server. When I write the file, the link is replaced by a file. Why?',
      'Which row is wrong in this table:',
    ]);
    const third = result.deck?.sections[0]?.cards[2];
    expect(third?.prompt).toContain('| 404 | Not Found? |');
  });

  it('an FAQ numbered 1.1, 1.2, 2.1 in order whose entries mostly say rather than ask', () => {
    const result = read('numbered-statements-faq.txt');
    // Its title is underlined with ~~~~ (never closed: not a code fence swallowing the rest).
    expect(result.deck?.title).toBe('Widget FAQ');
    expect(outline(result)).toEqual({
      Background: ['How do you pronounce "Widget"?', 'Where does the name come from?'],
      Building: [
        // Wrapped at a fixed width: the sentence goes on on the next line.
        "When building Widget, 'make' dies partway with an assertion failure, something like this:",
        "When building Widget, 'make' fails with this:",
      ],
      Running: [
        'Programs run OK on Widget, but at exit produce a bunch of errors.',
        'My program dies like this:',
      ],
    });
    const [first, , assertion] = cards(result);
    // The rule drawn under an answer is not a heading of it.
    expect(first?.answer).toBe('As in the word "widget".');
    // A line of an answer that starts with a deeper number (3.79.1) is not a question.
    expect(assertion?.answer).toContain('3.79.1 have this bug');
  });
});

describe('READMEs where one part is an FAQ', () => {
  it('a library README with an FAQ part: only its questions, not installation, usage or team', () => {
    const result = read('library-readme-faq.md');
    expect(result.deck?.title).toBe('quickcache: a small caching library');
    expect(outline(result)).toEqual({
      'Frequently Asked Questions': [
        'Does quickcache work in the browser?',
        'Why are my entries gone before their ttl?',
        'How do I cache a function that returns a promise?',
        'Is quickcache thread-safe',
      ],
    });
    expect(cards(result)[3]?.answer).toContain('quickcache-redis');
  });

  it('headings that do not ask stay cards when no part of the page is an FAQ', () => {
    const text = [
      '# Backend notes',
      '## Caching',
      '### Cache-aside',
      'Read from the cache; on a miss, load from the database and fill the cache.',
      '### Write-through',
      'Write to the cache and the database in one step.',
      '## Failure modes',
      '### What is a cache stampede?',
      'Many callers miss at once and all load the same value.',
      '### Write-behind',
      'Write to the cache now and to the database later, in batches.',
    ].join('\n');
    const result = fromText(text, 'notes.md');
    // One heading asks, the others name topics: a deck of topics, all kept.
    expect(outline(result)).toEqual({
      Caching: ['Cache-aside', 'Write-through'],
      'Failure modes': ['What is a cache stampede?', 'Write-behind'],
    });
  });

  it('a list of bold links (related projects) is not a list of questions', () => {
    const projects = Array.from(
      { length: 8 },
      (_, i) =>
        `- **[tool-${i + 1}](https://example.com/tool-${i + 1})** - runs audits in CI, step ${i + 1}.`,
    );
    const text = [
      '# Auditor',
      '## Related projects',
      ...projects,
      '## FAQ',
      '### How does the auditor work?',
      'It loads the page in a browser and runs each audit on what it saw.',
      '### Why does the score change between runs?',
      'The network and the machine vary; run it several times and take the median.',
    ].join('\n');
    const result = fromText(text, 'auditor.md');
    expect(result.shape).toBe('headings');
    expect(outline(result)).toEqual({
      FAQ: ['How does the auditor work?', 'Why does the score change between runs?'],
    });
  });

  it('questions asked one after another share the answer below them (Q. lines, indented lines)', () => {
    const marked = [
      'Frequently asked questions about the widget package',
      '',
      'Q. I upgraded to the testing release and /etc/widget says "next". Should it',
      'not say "testing"?',
      '',
      'Q. I upgraded to the unstable release and /etc/widget says "next". Should it',
      'not say "unstable"?',
      '',
      'A. No: both releases share the codename until the freeze.',
      '',
      'Q. Where is the changelog?',
      '',
      'A. In /usr/share/doc/widget.',
    ].join('\n');
    const byMarks = fromText(marked, 'README');
    expect(cards(byMarks).map((c) => [c.questionText, c.answer])).toEqual([
      [
        'I upgraded to the testing release and /etc/widget says "next". Should it not say "testing"?',
        'No: both releases share the codename until the freeze.',
      ],
      [
        'I upgraded to the unstable release and /etc/widget says "next". Should it not say "unstable"?',
        'No: both releases share the codename until the freeze.',
      ],
      ['Where is the changelog?', 'In /usr/share/doc/widget.'],
    ]);
    expect(byMarks.messages).toEqual([]);

    const indented = [
      'Using the client',
      '  How do I fetch a file ?',
      '    Call get with the remote name.',
      '',
      '  How can I get the size of a remote file ?',
      '  How can I get the time a remote file changed ?',
      '    The server answers SIZE and MDTM when it supports them:',
      '',
      '        $client->size($name);',
    ].join('\n');
    const byIndent = fromText(indented, 'faq.txt');
    expect(cards(byIndent).map((c) => [c.questionText, c.line])).toEqual([
      ['How do I fetch a file?', 2],
      ['How can I get the size of a remote file?', 5],
      ['How can I get the time a remote file changed?', 6],
    ]);
    expect(cards(byIndent)[2]?.answer).toBe(cards(byIndent)[1]?.answer);
    expect(cards(byIndent)[2]?.answer).toContain('$client->size($name);');
  });

  it('an API reference before a one-question FAQ: option names such as "name" or "list" do not ask', () => {
    const text = [
      '# tmpfiles',
      '## API',
      '### file(options?)',
      '#### options',
      '##### name',
      'The file name to use instead of a random one.',
      '##### list',
      'Whether to list the files made so far.',
      '### root',
      'The folder every temporary file goes in.',
      '## FAQ',
      "#### Why doesn't it clean up on exit?",
      'Cleaning up on exit is unreliable: the process may be killed first.',
    ].join('\n');
    const result = fromText(text, 'readme.md');
    expect(outline(result)).toEqual({ FAQ: ["Why doesn't it clean up on exit?"] });
  });

  it('questions set apart as a quote, or as a list of one item, with the answer below', () => {
    const text = [
      '# entities',
      '## Usage',
      'Call `decode` with the text.',
      '## FAQ',
      '> What method should I use to encode my documents?',
      '',
      'If your target supports UTF-8, `escapeUTF8`.',
      '',
      '> When should I use strict decoding?',
      '',
      'When entities must end with a semicolon.',
      '',
      '> Note: this package is fast.',
      '',
      'A quote that does not ask stays in the answer.',
      '## More',
      '- Why the name?',
      '',
      'Other names were taken.',
      '',
      '- Why another library?',
      '',
      'Because it is fun.',
    ].join('\n');
    const quoted = fromText(text.split('## More')[0] ?? '', 'readme.md');
    expect(cards(quoted).map((c) => [c.questionText, c.answer.trim()])).toEqual([
      [
        'What method should I use to encode my documents?',
        'If your target supports UTF-8, `escapeUTF8`.',
      ],
      [
        'When should I use strict decoding?',
        'When entities must end with a semicolon.\n\n> Note: this package is fast.\n\nA quote that does not ask stays in the answer.',
      ],
    ]);
    const listed = fromText(`# tiny\n## FAQ\n${text.split('## More\n')[1]}`, 'readme.md');
    expect(cards(listed).map((c) => [c.questionText, c.answer.trim()])).toEqual([
      ['Why the name?', 'Other names were taken.'],
      ['Why another library?', 'Because it is fun.'],
    ]);
  });

  it('numbering and permalinks are not part of a question; a title underlined above and below is the title', () => {
    const text = [
      '=====================',
      'Design and History FAQ',
      '=====================',
      '',
      '## 1.1. Why does Python use indentation?[¶](#why-indentation "Permalink to this heading")',
      'Grouping by indentation is clear.',
      '## 3.1: Why are strings immutable?[¶](#why-immutable "Permalink to this heading")',
      'Several advantages.',
      '## 9.2 How to report a bug',
      'Use the tracker.',
      '## (4) Can I compile Python to machine code?',
      'Not easily.',
    ].join('\n');
    const result = fromText(text, 'design.rst');
    expect(result.deck?.title).toBe('Design and History FAQ');
    expect(cards(result).map((c) => c.questionText)).toEqual([
      'Why does Python use indentation?',
      'Why are strings immutable?',
      'How to report a bug',
      'Can I compile Python to machine code?',
    ]);
  });

  it('a numbered FAQ keeps the entries that state a problem, beside a part named as an FAQ', () => {
    const text = [
      '# Fetch FAQ',
      '## Frequently asked: general',
      '### 1.1 What is fetch?',
      'A mail retriever.',
      '### 1.2 Where do I get it?',
      'From the site.',
      '## Configuration questions',
      '### 2.1 My rc file is ignored.',
      'It must be mode 0600.',
      '### 2.2 The daemon exits at once.',
      'Run it with -v to see why.',
      '### 2.3 How do I poll two servers?',
      'Name both in the rc file.',
    ].join('\n');
    const result = fromText(text, 'faq.md');
    expect(outline(result)).toEqual({
      'Frequently asked: general': ['What is fetch?', 'Where do I get it?'],
      'Configuration questions': [
        'My rc file is ignored.',
        'The daemon exits at once.',
        'How do I poll two servers?',
      ],
    });
  });

  it('headings that open a page of questions (Install, Usage) are not questions', () => {
    const asked = [
      'Why use it?',
      'Who uses it?',
      'Are there editor plugins?',
      'Is there a badge?',
      'Can I change a rule?',
      'How do I ignore files?',
      'Can I use a plugin?',
      'What about Web Workers?',
      'How do I contribute?',
    ];
    const text = [
      '# Standard Style',
      '## Install',
      'npm install standard',
      '## Usage',
      'Run standard in the folder.',
      ...asked.flatMap((q) => [`## ${q}`, `An answer to "${q}"`]),
      '## I disagree with a rule.',
      'Fork it.',
    ].join('\n');
    const result = fromText(text, 'README.md');
    // After the last question, an entry that states a problem is still one.
    expect(cards(result).map((c) => c.questionText)).toEqual([...asked, 'I disagree with a rule.']);
  });

  it('a contents list whose entries wrap, worded otherwise than the body, is skipped', () => {
    const text = [
      'The widget FAQ',
      '',
      'Table of Contents',
      '',
      '1. General',
      '',
      '    1.1. What is the widget?',
      '    1.2. I want to read the manpage without',
      '    downloading anything!',
      '    1.3. Where can I ask',
      '    questions?',
      '',
      '2. Running',
      '',
      '    2.1. Why does it start',
      '    slowly?',
      '',
      '━━━━━━━━━━━━━━━━━━━━',
      '',
      '1. General',
      '',
      '1.1. What is the widget?',
      '',
      '    A small editor.',
      '',
      '1.2. I want to read the man page without downloading anything!',
      '',
      '    It is online.',
      '',
      '1.3. Where can I ask questions?',
      '',
      '    On the list.',
      '',
      '2. Running',
      '',
      '2.1. Why does it start slowly?',
      '',
      '    It reads every file in your home folder.',
    ].join('\n');
    const result = fromText(text, 'faq.txt');
    expect(outline(result)).toEqual({
      General: [
        'What is the widget?',
        'I want to read the man page without downloading anything!',
        'Where can I ask questions?',
      ],
      Running: ['Why does it start slowly?'],
    });
    expect(cards(result)[3]?.answer).toBe('It reads every file in your home folder.');
  });

  it('bold entries numbered (1), (2), (3): those that state a problem are entries too', () => {
    const entries = [
      '**(1) How do I create an AUTOINCREMENT field?**',
      '> Declare the column INTEGER PRIMARY KEY.',
      '**(2) What datatypes does it support?**',
      '> Any value can go in any column.',
      '**(3) It lets me insert a string into an integer column!**',
      '> This is a feature, not a bug.',
      '**(4) Is it threadsafe?**',
      '> Yes, in its default mode.',
    ];
    const text = ['# Frequently Asked Questions', ...entries].join('\n\n');
    const result = fromText(text, 'faq.md');
    expect(cards(result).map((c) => [c.questionText, c.answer.trim()])).toEqual([
      ['How do I create an AUTOINCREMENT field?', '> Declare the column INTEGER PRIMARY KEY.'],
      ['What datatypes does it support?', '> Any value can go in any column.'],
      ['It lets me insert a string into an integer column!', '> This is a feature, not a bug.'],
      ['Is it threadsafe?', '> Yes, in its default mode.'],
    ]);
  });

  it('answers indented with no-break spaces stay whole', () => {
    const nbsp = '\u00a0\u00a0\u00a0\u00a0';
    const text = [
      'Widget FAQ',
      '',
      '1.1. What is this FAQ?',
      '',
      `${nbsp}It answers questions about the widget and points to other`,
      `${nbsp}documents where they apply.`,
      '',
      '1.2. Who wrote it?',
      '',
      `${nbsp}The widget team, with help from its users.`,
      '',
      '1.3. How do I get the widget?',
      '',
      `${nbsp}From the archive.`,
    ].join('\n');
    const result = fromText(text, 'faq.txt');
    expect(cards(result).map((c) => [c.questionText, c.answer])).toEqual([
      [
        'What is this FAQ?',
        'It answers questions about the widget and points to other\ndocuments where they apply.',
      ],
      ['Who wrote it?', 'The widget team, with help from its users.'],
      ['How do I get the widget?', 'From the archive.'],
    ]);
    expect(result.deck?.title).toBe('Widget FAQ');
  });

  it('a reStructuredText FAQ: over- and underlined title, `~~~~` and `----` titles, literal blocks', () => {
    const text = [
      '.. _faq:',
      '',
      '============================',
      ' Frequently Asked Questions',
      '============================',
      '',
      'General',
      '=======',
      '',
      'What kinds of things should I use the queue for?',
      '------------------------------------------------',
      '',
      'Anything that runs longer than a request should::',
      '',
      '    result = add.delay(2, 2)',
      '    ~~~~',
      '',
      'Is it dependent on a database?',
      '------------------------------',
      '',
      'No.',
      '',
      'Troubleshooting',
      '===============',
      '',
      'Why is the worker not doing anything?',
      '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '',
      'It may be waiting for a lock.',
    ].join('\n');
    const result = fromText(text, 'faq.rst');
    expect(result.deck?.title).toBe('Frequently Asked Questions');
    expect(outline(result)).toEqual({
      General: [
        'What kinds of things should I use the queue for?',
        'Is it dependent on a database?',
      ],
      Troubleshooting: ['Why is the worker not doing anything?'],
    });
    // Markdown would have taken the `~~~~` line for a fence swallowing the rest of the file.
    expect(cards(result)[2]?.answer.trim()).toBe('It may be waiting for a lock.');
    expect(cards(result)[2]?.line).toBe(26);
  });

  it('a question wrapped with a hanging indent goes on, whatever letter its next line starts with', () => {
    const text = [
      'Terminal FAQ',
      '',
      'Q:   Why is it impossible to download a file with Kermit when',
      '     Screen is running? Do I need to set some special variables?',
      '',
      'A:   Screen interprets control sequences sent by the program.',
      '',
      'Q:   Can I detach a session?',
      '',
      'A:   Press C-a d.',
    ].join('\n');
    const byMarks = fromText(text, 'FAQ');
    expect(cards(byMarks).map((c) => [c.questionText, c.prompt])).toEqual([
      [
        'Why is it impossible to download a file with Kermit when Screen is running? Do I need to set some special variables?',
        undefined,
      ],
      ['Can I detach a session?', undefined],
    ]);
    const numbered = [
      'Editor FAQ',
      '',
      '4.1 Why do I keep getting "Terminal not powerful enough for SLang" or',
      '    "Terminal not powerful enough for SLsmg"?',
      '',
      '   Your terminal lacks a terminfo entry.',
      '',
      '4.2 How do I change the colours?',
      '',
      '   Edit the skin file.',
      '',
      '4.3 Can I use mouse?',
      '',
      '   Yes.',
    ].join('\n');
    const byNumber = fromText(numbered, 'FAQ');
    expect(cards(byNumber)[0]?.questionText).toBe(
      'Why do I keep getting "Terminal not powerful enough for SLang" or "Terminal not powerful enough for SLsmg"?',
    );
    expect(cards(byNumber)[0]?.answer).toBe('Your terminal lacks a terminfo entry.');
  });

  it('headings that only number a question: the question is the paragraph below, code its prompt', () => {
    const text = readFileSync(
      fileURLToPath(new URL('../fixtures/import-wild/numbered-quiz-headings.md', import.meta.url)),
      'utf8',
    );
    const result = fromText(text, 'quiz.md');
    expect(cards(result).map((c) => [c.questionText, c.prompt ?? null, c.answer])).toEqual([
      [
        'What is the output of the following code?',
        '```js\nconsole.log(typeof null);\n```',
        '`"object"`: a quirk kept from the first JavaScript engine.',
      ],
      [
        'What does Array.prototype.flat() do?',
        null,
        'It returns a new array with the sub-arrays joined, to a given depth.',
      ],
      [
        'Explain event delegation.',
        null,
        'One listener on a parent handles its children’s events.',
      ],
    ]);
  });
});

describe('a contents that repeats the chapters as headings', () => {
  it('chapter titles listed again in the contents, over their links, still head their entries', () => {
    const text = [
      '# Mail fetcher FAQ',
      '# Detailed contents',
      '## Build-time problems',
      '- [B1. Make dies on FreeBSD.](#B1)',
      '- [B2. Lex bombs out.](#B2)',
      '## Hangs',
      '- [H1. It hangs when polling.](#H1)',
      '# Build-time problems',
      '## B1. Make dies on FreeBSD.',
      'Use GNU make.',
      '## B2. Lex bombs out.',
      'Use flex.',
      '# Hangs',
      '## H1. It hangs when polling.',
      'Check the server.',
      '## H2. Why does it hang on exit?',
      'A lock file is left behind.',
    ].join('\n');
    const result = fromText(text, 'faq.md');
    expect(cards(result).map((c) => c.questionText)).toEqual([
      'B1. Make dies on FreeBSD.',
      'B2. Lex bombs out.',
      'H1. It hangs when polling.',
      'H2. Why does it hang on exit?',
    ]);
    expect(Object.keys(outline(result))).toEqual(['Build-time problems', 'Hangs']);
  });
});

describe('interview notes the README rules must leave alone', () => {
  const read = (text: string, path = 'notes.md') => fromText(text, path);

  it('a part named "Questions" beside parts of terms and tasks: every card stays', () => {
    const text = [
      '# JavaScript interview prep',
      '## Questions',
      '### What is a closure?',
      'A function with the scope it was made in.',
      '### What is hoisting?',
      'Declarations are moved to the top of their scope.',
      '## Terms',
      '### Closures',
      'See above.',
      '### Virtual DOM',
      'A tree of objects React compares to find changes.',
      '## Tasks',
      '### Two Sum',
      'Return the indices of the two numbers that add up to a target.',
    ].join('\n');
    expect(outline(read(text))).toEqual({
      Questions: ['What is a closure?', 'What is hoisting?'],
      Terms: ['Closures', 'Virtual DOM'],
      Tasks: ['Two Sum'],
    });
  });

  it('a deck file of questions and terms comes back whole, its ids as written', () => {
    const text = [
      '# JavaScript',
      '## Questions',
      '### What is a closure?',
      'A function with its scope.',
      '### What is hoisting?',
      'Declarations move up.',
      '## FAQ',
      '### Why use strict mode?',
      'Fewer silent errors.',
      '## Terms',
      '### IIFE',
      'An immediately invoked function expression.',
      '### Temporal dead zone {#tdz}',
      'Where let and const exist but cannot be read.',
    ].join('\n');
    const result = read(text, 'javascript.md');
    expect(result.shape).toBe('deck');
    expect(cards(result).map((c) => c.id)).toEqual([
      'what-is-a-closure',
      'what-is-hoisting',
      'why-use-strict-mode',
      'iife',
      'tdz',
    ]);
  });

  it('a number that is part of the words stays: 3-way handshake, 12-factor, 0.1 + 0.2', () => {
    const text = [
      '# Networking and JavaScript',
      '### 3-way handshake',
      'SYN, SYN-ACK, ACK.',
      '### 12-factor app',
      'A method for building services.',
      '### 0.1 + 0.2 === 0.3?',
      'No: floating point.',
      '### What is TCP?',
      'A reliable stream protocol.',
    ].join('\n');
    expect(cards(read(text)).map((c) => [c.id, c.questionText])).toEqual([
      ['3-way-handshake', '3-way handshake'],
      ['12-factor-app', '12-factor app'],
      ['0-1-0-2-0-3', '0.1 + 0.2 === 0.3?'],
      ['what-is-tcp', 'What is TCP?'],
    ]);
  });

  it('follow-ups quoted under bold questions stay in the answers; linked terms are cards', () => {
    const text = [
      '# System design',
      '**How would you design a URL shortener?**',
      '',
      'Store id → URL in a key-value store.',
      '',
      '> Follow-up: how do you avoid collisions?',
      '',
      '> Follow-up: how would you expire links?',
      '',
      '**What is consistent hashing?**',
      '',
      'Keys and servers on a ring.',
    ].join('\n');
    const result = read(text);
    expect(cards(result).map((c) => c.questionText)).toEqual([
      'How would you design a URL shortener?',
      'What is consistent hashing?',
    ]);
    expect(cards(result)[0]?.answer).toContain('> Follow-up: how would you expire links?');

    const terms = ['Closures', 'Event delegation', 'Debounce'].flatMap((term) => [
      `**[${term}](https://developer.mozilla.org/search?q=${encodeURIComponent(term)})**`,
      '',
      `What ${term.toLowerCase()} means, in a sentence.`,
      '',
    ]);
    const glossary = read(['# Frontend cheat sheet', '', ...terms].join('\n'));
    expect(cards(glossary).map((c) => c.questionText)).toEqual([
      'Closures',
      'Event delegation',
      'Debounce',
    ]);
  });

  it('questions in a row that ask different things do not share an answer', () => {
    const text = [
      'Q: Tell me about yourself.',
      '',
      'Q: What is a decorator?',
      'A: A function that wraps another function.',
    ].join('\n');
    const result = read(text, 'notes.txt');
    expect(cards(result).map((c) => c.questionText)).toEqual(['What is a decorator?']);
    expect(result.messages.map((m) => m.ruleId)).toEqual(['empty-answer']);
  });

  it('a code fence in a reST file is not read for titles', () => {
    const text = [
      '.. _notes:',
      '',
      'Ruby notes',
      '==========',
      '',
      'What does yield do?',
      '-------------------',
      '',
      '```',
      'def each',
      '  yield 1',
      'end',
      '```',
      '',
      'It calls the block given to the method.',
      '',
      'What is a symbol?',
      '-----------------',
      '',
      'An immutable name.',
    ].join('\n');
    const result = read(text, 'notes.txt');
    expect(result.deck?.title).toBe('Ruby notes');
    expect(cards(result).map((c) => c.questionText)).toEqual([
      'What does yield do?',
      'What is a symbol?',
    ]);
  });
});

describe('what a third survey of real documents found (30 from GitHub, interview notes first)', () => {
  it('a translated handbook: the question keeps its case, "back to top" in its language goes, a closing list of URLs is no card', () => {
    const text = [
      '# HTML に関する質問',
      '',
      '### `data-` 属性は何のために使われるのですか？',
      '',
      'カスタムデータを要素に持たせるためです。',
      '',
      '[[↑] 先頭に戻る](#html-に関する質問)',
      '',
      '### `cookie`、`sessionStorage`、`localStorage` の違いを教えてください。',
      '',
      'どれもクライアント側の保存領域です。',
      '',
      '[[↑] Наверх](#html-に関する質問)',
      '',
      '### 他の方の回答集',
      '',
      '* https://neal.codes/blog/front-end-interview-questions-html/',
      '* http://peterdoes.it/2015/12/03/a-personal-exercise/',
      '',
      '---',
    ].join('\n');
    const result = fromText(text, 'html-questions.md');
    expect(cards(result).map((c) => [c.questionText, c.answer])).toEqual([
      ['data- 属性は何のために使われるのですか？', 'カスタムデータを要素に持たせるためです。'],
      [
        'cookie、sessionStorage、localStorage の違いを教えてください。',
        'どれもクライアント側の保存領域です。',
      ],
    ]);
  });

  it('the title: a plain-text file’s first line (a banner in marks passed over), never a heading inside an answer', () => {
    const banner = [
      '   _   _   _',
      '  / \\_/ \\_/ \\',
      '',
      'widget frequently asked questions',
      '',
      '* Why is the screen blank?',
      '',
      'Set TERM first.',
      '',
      '* Why do colours look wrong?',
      '',
      'Your terminal lacks 256 colours.',
    ].join('\n');
    expect(fromText(banner, 'FAQ').deck?.title).toBe('widget frequently asked questions');
    expect(fromText(banner, 'FAQ.txt').deck?.title).toBe('widget frequently asked questions');

    const nested = [
      '1. ### What is a list?',
      '   A mutable sequence.',
      '   ###### Example:',
      '   ```python',
      '   xs = [1, 2]',
      '   ```',
      '2. ### What is a tuple?',
      '   An immutable sequence.',
    ].join('\n');
    const result = fromText(nested, 'basics.md');
    expect(result.deck?.title).toBe('basics');
    expect(cards(result).map((c) => c.questionText)).toEqual([
      'What is a list?',
      'What is a tuple?',
    ]);
  });

  it('questions in Chinese that share only a Latin word are not told as duplicates; the same words are; <br/> is a space', () => {
    const text = [
      '# FAQ',
      '',
      '## 为何新增 API 请求后没有刷新？',
      '',
      '需要手动刷新。',
      '',
      '## 官方文档中没有提供的隐藏 API 可以用吗？',
      '',
      '不建议使用。',
      '',
      '## 为何新增 API 请求后没有刷新？',
      '',
      '同上。',
      '',
      '## Which service stores objects?<br/>Pick one.',
      '',
      'Amazon S3.',
    ].join('\n');
    const result = fromText(text, 'faq.md');
    expect(cards(result).map((c) => c.questionText)).toEqual([
      '为何新增 API 请求后没有刷新？',
      '官方文档中没有提供的隐藏 API 可以用吗？',
      '为何新增 API 请求后没有刷新？',
      'Which service stores objects? Pick one.',
    ]);
    expect(result.messages.map((m) => [m.line, m.ruleId])).toEqual([[11, 'duplicate-question']]);
    expect(new Set(cards(result).map((c) => c.id)).size).toBe(4);
  });

  it('a quiz of `#### Q1.` headings with ticked boxes: the question without its number', () => {
    const text = [
      '## REST API',
      '',
      '#### Q1. Який метод HTTP створює ресурс?',
      '',
      '- [ ] GET',
      '- [x] POST',
      '',
      '#### Q2. Який код відповіді означає «не знайдено»?',
      '',
      '- [x] 404',
      '- [ ] 500',
    ].join('\n');
    const result = fromText(text, 'rest-api-quiz-ua.md');
    expect(result.shape).toBe('choice');
    expect(cards(result).map((c) => [c.questionText, c.answer])).toEqual([
      ['Який метод HTTP створює ресурс?', '**POST**'],
      ['Який код відповіді означає «не знайдено»?', '**404**'],
    ]);
  });

  it('an entry answered with two links near the end stays a card; only the parts that close the page go', () => {
    const text = [
      '# Preguntas frecuentes',
      '',
      '### ¿Cómo puedo contribuir?',
      '',
      'Lee la guía y abre un pull request.',
      '',
      '### Estoy atascado en algo que no está en esta documentación.',
      '',
      '- [Foro](https://forum.example.org)',
      '- [Chat](https://chat.example.org)',
      '',
      '### Asistencia adicional',
      '',
      'Escríbenos a ayuda@example.org.',
      '',
      '### Licencia',
      '',
      '- [BSD-3](https://example.org/license)',
      '- [Texto completo](https://example.org/license.txt)',
    ].join('\n');
    const questions = cards(fromText(text, 'FAQ.md')).map((c) => c.questionText);
    expect(questions).toContain('Estoy atascado en algo que no está en esta documentación.');
    expect(questions).not.toContain('Licencia');
  });

  it('a project README (Install, Usage, Config) with tips and an FAQ: only the FAQ, its entries stating problems included', () => {
    const text = [
      '# shipit',
      '',
      '## Install',
      '',
      '```sh',
      'npm install --global shipit',
      '```',
      '',
      '## Usage',
      '',
      'Run `shipit` in your package.',
      '',
      '## Config',
      '',
      'Put options in `package.json`.',
      '',
      '## Tips',
      '',
      '### Release script',
      '',
      'Add a `release` script that calls shipit.',
      '',
      '### Signed Git tag',
      '',
      'Set `sign-git-tag` in your npm config.',
      '',
      '## FAQ',
      '',
      '### I get an error when publishing through Yarn',
      '',
      'Use the `--no-yarn` flag.',
      '',
      '### Why is my tag not pushed?',
      '',
      'Check that your remote accepts tags.',
    ].join('\n');
    expect(outline(fromText(text, 'readme.md'))).toEqual({
      FAQ: ['I get an error when publishing through Yarn', 'Why is my tag not pushed?'],
    });

    const tool = [
      '# probe [![CI](https://github.com/x/probe/workflows/CI/badge.svg)](https://github.com/x/probe/actions)',
      '',
      'Audits web pages.',
      '',
      '## Using the CLI',
      '',
      '```sh',
      'npm install -g probe',
      '```',
      '',
      '## Viewing a report',
      '',
      '### Online Viewer',
      '',
      'Paste the JSON into the viewer.',
      '',
      '## Develop',
      '',
      '### Setup',
      '',
      'Clone and install.',
      '',
      '### Run',
      '',
      'Start it with `yarn probe`.',
      '',
      '## FAQ',
      '',
      '### How does probe work?',
      '',
      'It loads the page and audits it.',
    ].join('\n');
    expect(outline(fromText(tool, 'readme.md'))).toEqual({ FAQ: ['How does probe work?'] });
  });

  it('interview notes with a part of terms and a part named FAQ keep the terms', () => {
    const text = [
      '# JavaScript notes',
      '',
      '## Concepts',
      '',
      '### Closures',
      '',
      'A function with the scope it was made in.',
      '',
      '### Hoisting',
      '',
      'Declarations move to the top of their scope.',
      '',
      '## FAQ',
      '',
      '### Is JavaScript single-threaded?',
      '',
      'Yes, with an event loop.',
      '',
      '### Why use strict mode?',
      '',
      'It turns silent mistakes into errors.',
    ].join('\n');
    expect(outline(fromText(text, 'notes.md'))).toEqual({
      Concepts: ['Closures', 'Hoisting'],
      FAQ: ['Is JavaScript single-threaded?', 'Why use strict mode?'],
    });
  });

  it('a plain-text FAQ whose answer wraps onto a line starting with an entry number: that line is no question', () => {
    const text = [
      'FAQ',
      '',
      '  3.16 What certificates do I need when I use SSL?',
      '',
      '  Server certificate verification is enabled by default and is often the',
      '  reason for problems as explained in FAQ entry, together with the',
      '  4.2 and the SSLCERTS document. Self-signed certificates cannot be verified.',
      '',
      '  3.17 How do I list the root directory of an FTP server?',
      '',
      '  Use an encoded slash in the first path part.',
      '',
      '  4.12 Why do I get "certificate verify failed"?',
      '',
      '  The server certificate could not be verified.',
    ].join('\n');
    const result = fromText(text, 'FAQ.txt');
    expect(cards(result).map((c) => c.questionText)).toEqual([
      'What certificates do I need when I use SSL?',
      'How do I list the root directory of an FTP server?',
      'Why do I get "certificate verify failed"?',
    ]);
    expect(cards(result)[0]?.answer).toContain('4.2 and the SSLCERTS document');
  });

  it('links written by reference keep their targets: each card carries the definitions it uses', () => {
    const text = [
      '# Electron FAQ',
      '',
      '## How to share data between web pages?',
      '',
      'Use the [Storage API][storage] or [IndexedDB][].',
      '',
      '## Why does my tray disappear?',
      '',
      'It was garbage collected: see [Memory Management][memory-management].',
      '',
      '---',
      '',
      '[storage]: https://developer.mozilla.org/en-US/docs/Web/API/Storage',
      '[IndexedDB]: https://developer.mozilla.org/en-US/docs/Web/API/IndexedDB_API',
      '[memory-management]: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Memory_Management',
      '[unused]: https://example.com',
    ].join('\n');
    const [share, tray] = cards(fromText(text, 'faq.md'));
    expect(share?.answer).toBe(
      [
        'Use the [Storage API][storage] or [IndexedDB][].',
        '',
        '[storage]: https://developer.mozilla.org/en-US/docs/Web/API/Storage',
        '[IndexedDB]: https://developer.mozilla.org/en-US/docs/Web/API/IndexedDB_API',
      ].join('\n'),
    );
    expect(tray?.answer).toBe(
      [
        'It was garbage collected: see [Memory Management][memory-management].',
        '',
        '[memory-management]: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Memory_Management',
      ].join('\n'),
    );
  });

  it('a plain-text FAQ of * entries with the answer below each: entries that state a problem are entries too', () => {
    const text = [
      'widget frequently asked questions',
      '',
      '* Why is C-b the prefix key? How do I change it?',
      '',
      'It is easy to reach. Set the prefix option to change it.',
      '',
      '* I don\u2019t see any colour in my terminal! Help!',
      '',
      'Set TERM to a value that lists colours.',
      '',
      '* widget freezes my terminal when I attach to a session. I even have to kill -9',
      '  the shell it was started from!',
      '',
      'Turn off the set-titles option:',
      '',
      '     set -g set-titles off',
      '',
      '* How do I use UTF-8?',
      '',
      'Set a UTF-8 locale.',
      '',
      '* How can I blank the window?',
      '',
      'Use the lock command.',
    ].join('\n');
    const result = fromText(text, 'FAQ');
    expect(cards(result).map((c) => c.questionText)).toEqual([
      'Why is C-b the prefix key? How do I change it?',
      'I don\u2019t see any colour in my terminal! Help!',
      'widget freezes my terminal when I attach to a session. I even have to kill -9 the shell it was started from!',
      'How do I use UTF-8?',
      'How can I blank the window?',
    ]);
    expect(cards(result)[2]?.answer).toContain('set -g set-titles off');
  });

  it('a quiz question with code before its options: the code goes with the options, not into the question', () => {
    const text = [
      '## JavaScript',
      '',
      '#### Q1. What is the output of this code?',
      '',
      '```js',
      'console.log(typeof null);',
      '',
      'console.log(typeof undefined);',
      '```',
      '',
      '- [ ] `null undefined`',
      '- [x] `object undefined`',
      '',
      '#### Q2. What does this print?',
      '',
      '    console.log(1 + "1");',
      '',
      '- [ ] 2',
      '- [x] 11',
    ].join('\n');
    const result = fromText(text, 'javascript-quiz.md');
    expect(cards(result).map((c) => [c.questionText, c.prompt, c.answer])).toEqual([
      [
        'What is the output of this code?',
        [
          '```js',
          'console.log(typeof null);',
          '',
          'console.log(typeof undefined);',
          '```',
          '',
          '- `null undefined`',
          '- `object undefined`',
        ].join('\n'),
        '**`object undefined`**',
      ],
      ['What does this print?', '    console.log(1 + "1");\n\n- 2\n- 11', '**11**'],
    ]);
  });

  it('what a review of these rules found: notes with long unpunctuated answers, sign-offs, interview repos, code in questions', () => {
    const terse = [
      'JavaScript interview prep',
      '',
      '1. What is a closure?',
      'A closure is a function that keeps access to the variables of its outer scope',
      '2. What is hoisting?',
      'Declarations are moved to the top of their scope before the code is executed',
    ].join('\n');
    expect(cards(fromText(terse, 'notes.txt')).map((c) => c.questionText)).toEqual([
      'What is a closure?',
      'What is hoisting?',
    ]);

    const signOff = [
      '# React Interview Questions',
      '',
      '## What is JSX?',
      '',
      'A syntax extension that compiles to `React.createElement` calls.',
      '',
      '## What are hooks?',
      '',
      'Functions that let components use state and effects.',
      '',
      '## Contributing',
      '',
      'Pull requests are welcome.',
      '',
      '## License',
      '',
      'MIT © Jane Doe',
      '',
      '## Show your support',
      '',
      'Give a star if this project helped you!',
    ].join('\n');
    const closing = cards(fromText(signOff, 'README.md')).map((c) => c.questionText);
    expect(closing).not.toContain('Contributing');
    expect(closing).not.toContain('License');

    const handbook = [
      '# Frontend Interview Handbook',
      '',
      '## FAQ',
      '',
      '### What is a closure?',
      '',
      'A function that remembers its scope.',
      '',
      '## Coding tasks',
      '',
      '### Implement debounce',
      '',
      'Clear the timer on each call, then set it again.',
      '',
      '## Contributing',
      '',
      'Open a pull request.',
      '',
      '## License',
      '',
      'MIT',
    ].join('\n');
    expect(outline(fromText(handbook, 'README.md'))).toEqual({
      FAQ: ['What is a closure?'],
      'Coding tasks': ['Implement debounce'],
    });

    const code = fromText(
      '# HTML\n\n## What is the difference between `<br>` and `<p>`?\n\nOne breaks a line.\n',
      'html.md',
    );
    expect(cards(code)[0]?.questionText).toBe('What is the difference between <br> and <p>?');

    const cpp =
      'C++\n\n1. What is a pointer?\nA variable that holds an address.\n\n2. What is RAII?\nTying resource lifetime to object lifetime.\n';
    expect(fromText(cpp, 'cpp.txt').deck?.title).toBe('C++');

    const stars = [
      '* Why does my build fail with EACCES?',
      '',
      'You installed node with sudo.',
      '',
      '* How do I update the CLI?',
      '',
      'Run the installer again. On Windows you may also need:',
      '',
      '* `npm cache clean --force`',
      '',
      'Then restart the terminal.',
      '',
      '* Why is the first run slow?',
      '',
      'It downloads the toolchain once.',
    ].join('\n');
    const starCards = cards(fromText(stars, 'notes.md'));
    expect(starCards.map((c) => c.questionText)).toEqual([
      'Why does my build fail with EACCES?',
      'How do I update the CLI?',
      'Why is the first run slow?',
    ]);
    expect(starCards[1]?.answer).toContain('npm cache clean --force');
  });
});

describe('what a fourth survey of real documents found', () => {
  it('a README whose every part is a list of bold items, one part named FAQ (emoji shortcodes in its headings): only the FAQ', () => {
    const readme = [
      '# **Launcher** :video_game:',
      '',
      '## :warning: Warnings',
      '',
      '1. **Antivirus Alerts**  ',
      '   - Compiled scripts can trigger false positives.',
      '2. **Custom Resolutions**  ',
      '   - Some need a custom resolution in your GPU panel.',
      '',
      '## :sparkles: Features',
      '',
      '- **Automatic Resolution Switching**  ',
      '  - Changes the resolution right before the game starts.',
      '',
      '## :question: FAQ',
      '',
      '1. **What does the launcher do, exactly?**  ',
      '   - It sets your monitor to a chosen resolution, then reverts it.',
      '2. **Will it break my game?**  ',
      '   - No. It never modifies game files.',
      '3. **Admin rights for setup only**  ',
      '   - The launcher itself runs without elevation.',
      '',
      '## :handshake: Credits',
      '',
      '- **Developer**  ',
      '  - Someone.',
      '',
    ].join('\n');
    const result = fromText(readme, 'README.md');
    expect(result.deck?.title).toBe('Launcher');
    // The FAQ's entries stay, one stating a point included; the page's other parts are not asked.
    expect(outline(result)).toEqual({
      FAQ: [
        'What does the launcher do, exactly?',
        'Will it break my game?',
        'Admin rights for setup only',
      ],
    });
  });

  it('questions numbered `1-`, `2-`, `3-` lose the number; one "3-way handshake" keeps it', () => {
    const numbered = [1, 2, 3]
      .map((n) => `# ${n}-Question number ${n} 是什么?\n\nAnswer ${n}.\n`)
      .join('\n');
    expect(cards(fromText(numbered, 'go.md')).map((c) => c.questionText)).toEqual([
      'Question number 1 是什么?',
      'Question number 2 是什么?',
      'Question number 3 是什么?',
    ]);
    const topics = [
      '# Networking',
      '',
      '## 3-way handshake',
      '',
      'SYN, SYN-ACK, ACK.',
      '',
      '## What is a socket?',
      '',
      'An endpoint.',
      '',
    ].join('\n');
    expect(cards(fromText(topics, 'net.md')).map((c) => c.questionText)).toContain(
      '3-way handshake',
    );
  });

  it('a README with an FAQ: "Why not" and "How it works" headings elsewhere name parts, they do not ask', () => {
    const readme = [
      '# np',
      '',
      '## Why',
      '',
      '- Ensures you are publishing from your release branch',
      '',
      '### Why not',
      '',
      '- Monorepos are not supported.',
      '',
      '## Install',
      '',
      '```sh',
      'npm install --global np',
      '```',
      '',
      '## Usage',
      '',
      'Run `np`.',
      '',
      '## How it works',
      '',
      'It runs the tests, bumps the version and publishes.',
      '',
      '## FAQ',
      '',
      '### I get an error when publishing through Yarn',
      '',
      'Yarn asks for the password twice: use npm.',
      '',
      '### Why does it ask for a one-time password?',
      '',
      'Your account has two-factor authentication.',
      '',
    ].join('\n');
    expect(outline(fromText(readme, 'readme.md'))).toEqual({
      FAQ: [
        'I get an error when publishing through Yarn',
        'Why does it ask for a one-time password?',
      ],
    });
  });

  it('folded answers labelled 答案：, wrapped in <b>…</b>, under a "back to the home page" link: labels, stray tags and the link go', () => {
    const notes = [
      '# [返回主页](https://example.com/README.md)',
      '',
      '<b><details><summary>1.为什么用 Nodejs,它有哪些缺点？</summary></b>',
      '',
      '答案：',
      '',
      '- 事件驱动',
      '- V8 引擎速度非常快',
      '',
      '</details>',
      '',
      '<b><details><summary>2.NodeJS 的工作原理</summary></b>',
      '',
      '答案：事件循环',
      '',
      '</details>',
      '',
      '<b><details><summary>3.如何判断当前脚本运行在浏览器还是 node 环境中？</summary></b>',
      '',
      '答案：',
      '',
      '</details>',
      '',
      '<b><details><summary>4.什么是 npm？</summary></b>',
      '',
      '答案：Node 的包管理器。',
      '',
      '</details>',
      '',
    ].join('\n');
    const result = fromText(notes, 'node.md');
    // No title of its own: the file names the deck, not the link back.
    expect(result.deck?.title).toBe('node');
    // An answer that is only its label is no answer: told, not a card.
    expect(cards(result).map((c) => [c.questionText, c.answer])).toEqual([
      ['为什么用 Nodejs,它有哪些缺点？', '- 事件驱动\n- V8 引擎速度非常快'],
      ['NodeJS 的工作原理', '事件循环'],
      ['什么是 npm？', 'Node 的包管理器。'],
    ]);
    expect(result.messages.map((m) => m.reason)).toContainEqual(
      expect.stringMatching(/^No answer for "如何判断当前脚本运行在浏览器还是 node 环境中？"/),
    );
  });

  it('the page’s heading names the deck; front matter’s title when it has no heading of its own', () => {
    const page = (heading: string) =>
      [
        '---',
        'title: FAQ',
        '---',
        '',
        heading,
        '',
        '## Can I copy a directory?',
        '',
        'Yes, with `rclone copy`.',
        '',
        '## Does it follow symlinks?',
        '',
        'Only with `-L`.',
        '',
      ].join('\n');
    expect(fromText(page('# Rclone: frequently asked questions'), 'faq.md').deck?.title).toBe(
      'Rclone: frequently asked questions',
    );
    expect(fromText(page(''), 'faq.md').deck?.title).toBe('FAQ');
  });

  it('a plain-text FAQ underlined in = and -: its title, its contents (no links) not a card, (3.1). numbers gone', () => {
    const faq = [
      'CACHE FAQ',
      '=========',
      ' ',
      'Contents',
      '========',
      ' ',
      '(1). What is a cache?',
      '(2). Tuning',
      '(2.1) How big should it be?',
      '(2.2) When do entries expire?',
      '===============================================================================',
      ' ',
      '(1). What is a cache?',
      '=====================',
      'A fast store in front of a slow one.',
      '',
      '(2). Tuning',
      '===========',
      '(2.1). How big should it be?',
      '----------------------------',
      'As big as the working set.',
      '',
      '(2.2). When do entries expire?',
      '------------------------------',
      'After their time to live.',
      '',
    ].join('\n');
    const result = fromText(faq, 'FAQ.txt');
    expect(result.deck?.title).toBe('CACHE FAQ');
    expect(cards(result).map((c) => c.questionText)).toEqual([
      'What is a cache?',
      'How big should it be?',
      'When do entries expire?',
    ]);
  });

  it('a Q: that asks and goes on to the next line keeps that line, up to its A:', () => {
    const faq = [
      'Q: What is root doing in my channel? I did not start the program as',
      '   root.',
      'A: It is the name of the most powerful user, nothing more.',
      '',
      'Q: Why the name?',
      'A: We liked it.',
      '',
      'Q: Does it run on Windows?',
      'A: Under WSL.',
      '',
    ].join('\n');
    expect(cards(fromText(faq, 'FAQ')).map((c) => [c.questionText, c.prompt ?? ''])).toEqual([
      ['What is root doing in my channel? I did not start the program as root.', ''],
      ['Why the name?', ''],
      ['Does it run on Windows?', ''],
    ]);
  });

  it('a topic heading over a labelled question line (📚 Question: …): that line is the question', () => {
    const topics = (depth: string) =>
      [
        '# Java interview',
        '',
        '## Basics',
        '',
        `${depth} Using \`final\``,
        '',
        '📚 Question: What is `final`? When is it used?',
        '',
        'A keyword for constants, classes that cannot be extended and methods that cannot be overridden.',
        '',
        `${depth} \`==\` and \`equals()\``,
        '',
        '**Question:** How do `==` and `equals()` differ?',
        '',
        '`==` compares references; `equals()` compares values.',
        '',
        `${depth} Encapsulation`,
        '',
        'Question: Why encapsulate fields?',
        '',
        'To keep an object valid whatever its callers do.',
        '',
      ].join('\n');
    // `###` questions under `##` are a deck file's layout; `####` are read as headings.
    for (const depth of ['###', '####']) {
      const read = cards(fromText(topics(depth), 'java.md'));
      expect(read.map((c) => c.questionText)).toEqual([
        'What is final? When is it used?',
        'How do == and equals() differ?',
        'Why encapsulate fields?',
      ]);
      expect(read[0]?.answer).toBe(
        'A keyword for constants, classes that cannot be extended and methods that cannot be overridden.',
      );
    }
    // A heading that asks keeps its question, whatever its answer opens with; so does a card
    // whose answer starts with Vim's `q:` command.
    const asking = [
      '# Java',
      '',
      '## Collections',
      '',
      '### Is HashMap thread-safe?',
      '',
      'Question: is it safe if threads only read? Yes, once it is safely published.',
      '',
      '### The command-line window',
      '',
      'q: opens it for Ex commands; q/ opens it for searches.',
      '',
    ].join('\n');
    expect(cards(fromText(asking, 'java.md')).map((c) => c.questionText)).toEqual([
      'Is HashMap thread-safe?',
      'The command-line window',
    ]);
  });

  it('a quiz under a setext title and an intro line, its questions quoted `> 1.`: stems alone, the title the deck’s', () => {
    const quiz = [
      'networking basics',
      '---',
      'multiple option quiz :fire::fire:',
      '> 1. What is the OSI model? ',
      '- [ ] A list of cables.',
      '- [x] A conceptual model of network communication.',
      '> 2. How is the OSI model organized?',
      '- [ ] Alphabetically.',
      '- [x] From the lowest to the highest level.',
      '> 3. What is a MAC address?',
      '- [x] The unique identifier of a network interface.',
      '- [ ] A network.',
      '',
    ].join('\n');
    const result = fromText(quiz, 'README.md');
    expect(result.deck?.title).toBe('networking basics');
    expect(outline(result)).toEqual({
      'multiple option quiz': [
        'What is the OSI model?',
        'How is the OSI model organized?',
        'What is a MAC address?',
      ],
    });
    expect(cards(result)[0]?.answer).toBe('**A conceptual model of network communication.**');
  });

  it('a heading written without the space after its marks (###Question) among spaced ones is a heading; ## in code and #tags stay', () => {
    const faq = [
      '# FAQ',
      '',
      '### Why is my device not found?',
      '',
      'Enable USB debugging.',
      '',
      '```sh',
      '##not-a-heading',
      '```',
      '',
      '### Why is the mirror blurry?',
      '',
      'Lower the resolution. #tips',
      '',
      '###Why does the video stream not open?',
      '',
      'Update your drivers.',
      '',
    ].join('\n');
    const read = cards(fromText(faq, 'FAQ.md'));
    expect(read.map((c) => c.questionText)).toEqual([
      'Why is my device not found?',
      'Why is the mirror blurry?',
      'Why does the video stream not open?',
    ]);
    expect(read[0]?.answer).toContain('##not-a-heading');
    expect(read[2]?.line).toBe(15);
  });

  it('a question answered only by a table of labels (| Level | Easy |) is unanswered: told, not a card', () => {
    const doc = [
      '# Security Questions',
      '',
      '## 1. What is SQL injection?',
      '',
      '| Level | Easy |',
      '| ----- | --- |',
      '',
      '## 2. What is CSRF?',
      '',
      '| Level | Easy |',
      '| ----- | --- |',
      '',
      '> An attack that makes a signed-in user send a request they did not mean to.',
      '',
      '## 3. Which HTTP methods are safe?',
      '',
      '| Method | Safe |',
      '| --- | --- |',
      '| GET | yes |',
      '| POST | no |',
      '',
    ].join('\n');
    const result = fromText(doc, 'Security.md');
    expect(cards(result).map((c) => c.questionText)).toEqual([
      'What is CSRF?',
      'Which HTTP methods are safe?',
    ]);
    expect(result.messages.map((m) => m.reason)).toContainEqual(
      expect.stringMatching(/^No answer for "What is SQL injection\?"/),
    );
  });

  it('numbered questions (Q1. … Q4.) then an unnumbered closing note that does not ask: the note is not a card', () => {
    const doc = [
      '# ref vs out',
      '',
      ...[1, 2, 3, 4].flatMap((n) => [
        `### Q${n}. What does keyword number ${n} do?`,
        '',
        `It does thing ${n}.`,
        '',
      ]),
      '### Quick one-liner if asked to summarize',
      '',
      '`ref` reads and writes; `out` only writes.',
      '',
    ].join('\n');
    expect(cards(fromText(doc, 'ref-vs-out.md')).map((c) => c.questionText)).toEqual([
      'What does keyword number 1 do?',
      'What does keyword number 2 do?',
      'What does keyword number 3 do?',
      'What does keyword number 4 do?',
    ]);
  });
});

describe('what a fifth survey of real documents found', () => {
  it('bold questions in headings (## **1. What…?**), each answer under the same bold labels (**Answer:**, **Scenario:**)', () => {
    const doc = [1, 2, 3]
      .flatMap((n) => [
        `## **${n}. What does component ${n} do in Kubernetes?**  `,
        '**Answer:**  ',
        `- It does job ${n}.`,
        '',
        '**Scenario:**  ',
        `A cluster uses it for task ${n}.`,
        '',
        '---',
        '',
      ])
      .join('\n');
    const read = cards(fromText(doc, 'kcna.md'));
    expect(read.map((c) => c.questionText)).toEqual([
      'What does component 1 do in Kubernetes?',
      'What does component 2 do in Kubernetes?',
      'What does component 3 do in Kubernetes?',
    ]);
    expect(read[0]?.answer).toContain('**Scenario:**');
  });

  it('numbered question headings whose answers have sub-headings and bold bullets: the numbered ones, and a follow-up asked with its mark', () => {
    const doc = [
      '# Top GraphQL Interview Questions',
      '',
      ...[1, 2, 3].flatMap((n) => [
        `## ${n}. What is feature ${n} of _GraphQL_?`,
        '',
        `Feature ${n} is explained here.`,
        '',
        '### Key benefits',
        '',
        '- **Efficiency**: clients fetch only what they need.',
        '- **Flexibility**: clients shape the data.',
        '',
        '### When to use it',
        '',
        'When clients change faster than servers.',
        '',
        ...(n === 3 ? ['### Follow-up: why not REST?', '', 'Over-fetching.', ''] : []),
      ]),
    ].join('\n');
    const read = cards(fromText(doc, 'README.md'));
    // "When to use it" opens with a question word but names a part of the answer; a follow-up
    // asked with its question mark is a card of its own.
    expect(read.map((c) => c.questionText)).toEqual([
      'What is feature 1 of GraphQL?',
      'What is feature 2 of GraphQL?',
      'What is feature 3 of GraphQL?',
      'Follow-up: why not REST?',
    ]);
    expect(read[0]?.answer).toContain('### When to use it');
    expect(read[0]?.answer).toContain('**Efficiency**');
  });

  it('a page of numbered questions opened by "how to use" (사용 방법) and closed by a checklist: the questions only', () => {
    const doc = [
      '# 인증 & 인가 면접 질문',
      '',
      '## 사용 방법',
      '',
      '각 질문의 핵심 답변을 먼저 읽으세요.',
      '',
      ...[1, 2, 3].flatMap((n) => [
        `## Q${n}. 인증 방식 ${n}의 차이점은? ⭐⭐`,
        '',
        '### 핵심 답변',
        '',
        `답변 ${n}.`,
        '',
      ]),
      '## 학습 체크리스트',
      '',
      '- [ ] 세션과 토큰의 차이를 설명할 수 있다',
      '',
    ].join('\n');
    expect(cards(fromText(doc, 'qna.md')).map((c) => c.questionText)).toEqual([
      '인증 방식 1의 차이점은? ⭐⭐',
      '인증 방식 2의 차이점은? ⭐⭐',
      '인증 방식 3의 차이점은? ⭐⭐',
    ]);
  });
});
