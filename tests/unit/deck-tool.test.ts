import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/decks.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

describe('npm run decks', () => {
  it('reports the AWS deck as 52 cards in 9 sections', () => {
    const { code, out } = run();
    expect(code).toBe(0);
    expect(out.trim()).toBe('aws-backend-interview: 52 cards in 9 sections');
  });

  it('prints path:line:column: reason for each problem and exits 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'decks-'));
    const file = path.join(dir, 'broken.md');
    writeFileSync(file, '# T\n\n## S\n\n### Q\n\n### Q\n\nA\n');
    const { code, err } = run(file);
    expect(code).toBe(1);
    expect(err.split('\n').filter(Boolean)).toEqual([
      `${file}:5:1: Empty answer for "Q", expected markdown below the question [empty-answer]`,
      `${file}:7:1: Duplicate card id \`q\` (first used on line 5), expected ids to be unique in a deck; add \`{#another-id}\` to one heading [duplicate-card-id]`,
    ]);
  });

  it('reports an unclosed code fence at its line instead of dropping the cards after it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'decks-'));
    const file = path.join(dir, 'fence.md');
    writeFileSync(file, '# T\n\n## S\n\n### One\n\n```\nx\n\n### Two\n\nA\n\n### Three\n\nB\n');
    const { code, out, err } = run(file);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(
      new RegExp(`^${file.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}:7:1: Unclosed code fence`),
    );
  });

  it('prints the decks as JSON with --json', () => {
    const { code, out } = run('--json');
    expect(code).toBe(0);
    const { decks } = JSON.parse(out) as {
      decks: {
        id: string;
        sections: { cards: { id: string; question: string; answer: string }[] }[];
      }[];
    };
    expect(decks[0]?.id).toBe('aws-backend-interview');
    expect(decks[0]?.sections.flatMap((s) => s.cards)).toHaveLength(52);
    expect(decks[0]?.sections[0]?.cards[0]).toMatchObject({
      id: 'what-is-aws',
      question: 'What is AWS?',
    });
  });
}, 30_000);
