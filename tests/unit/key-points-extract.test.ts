import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/deck/index.ts';
import { extractKeyPoints, MAX_KEY_POINTS } from '../../src/deck/key-points/index.ts';
import { DECK_PATH } from '../support/aws-source.ts';

const { deck } = parseDeck(readFileSync(DECK_PATH, 'utf8'), 'content/aws-backend-interview.md');
const cards = deck?.sections.flatMap((s) => s.cards) ?? [];
const FIXTURE = fileURLToPath(new URL('../fixtures/key-points/aws.json', import.meta.url));

const pointsOf = (question: string) => {
  const card = cards.find((c) => c.questionText === question);
  if (!card) throw new Error(`no card "${question}"`);
  return extractKeyPoints(card.answer, { question: card.questionText });
};
const texts = (question: string) => pointsOf(question).map((p) => p.text);

/** What a reviewer reads: each card's points as kind and text, in order. */
function review() {
  return cards.map((card) => ({
    card: card.id,
    question: card.questionText,
    points: extractKeyPoints(card.answer, { question: card.questionText }).map(
      (p) => `${p.kind}: ${p.text}`,
    ),
  }));
}

describe('key points of the AWS deck', () => {
  it('match the reviewed fixture for all 52 cards', () => {
    // After a deliberate change, regenerate with UPDATE_KEY_POINTS=1, then review the diff by eye.
    if (process.env.UPDATE_KEY_POINTS === '1') {
      writeFileSync(FIXTURE, `${JSON.stringify(review(), null, 2)}\n`);
    }
    const reviewed = JSON.parse(readFileSync(FIXTURE, 'utf8')) as unknown;
    expect(cards).toHaveLength(52);
    expect(review()).toEqual(reviewed);
  });

  it('gives every card at least one point, at most eight, with unique ids and words to match', () => {
    for (const card of cards) {
      const points = extractKeyPoints(card.answer, { question: card.questionText });
      expect(points.length, card.questionText).toBeGreaterThan(0);
      expect(points.length).toBeLessThanOrEqual(MAX_KEY_POINTS);
      expect(new Set(points.map((p) => p.id)).size).toBe(points.length);
      for (const p of points) expect(p.head.length + p.body.length, p.text).toBeGreaterThan(0);
    }
  });

  it('makes a comparison table row a point naming both columns', () => {
    const [level, stateful] = pointsOf('Difference between Security Group and NACL?');
    expect(stateful).toMatchObject({ kind: 'table-row', text: 'Stateful: SG Yes, NACL No' });
    expect(level).toMatchObject({ kind: 'table-row', text: 'Level: SG Instance, NACL Subnet' });
    expect(level?.head).toEqual(['level']);
  });

  it('makes each list item a point, labels kept and explanations cut to their leading clause', () => {
    expect(texts('How do you reduce cold start time in Lambda?')).toEqual([
      'Use provisioned concurrency',
      'Keep function small',
      'Use Node.js/Python over heavy runtimes',
      'Warm-up triggers',
    ]);
    expect(texts('Difference between ECS and EKS?')).toEqual([
      'ECS: AWS-managed container orchestration',
      'EKS: Managed Kubernetes cluster on AWS',
    ]);
    // "Use:" introduces the list; it is not a point.
    expect(texts('How do you design a scalable backend on AWS?')).toContain(
      'Auto Scaling for elasticity',
    );
  });

  it('keeps a cut point whole for showing after the check, matched on its cut words only', () => {
    const [sentence] = pointsOf('What is AWS?');
    expect(sentence?.text).toMatch(/…$/);
    expect(sentence?.whole).toBe(
      'AWS is a cloud computing platform offering IaaS, PaaS, and SaaS — providing services like EC2, S3, RDS, Lambda, and DynamoDB',
    );
    // A point short enough to show in full has nothing more.
    expect(pointsOf('How do you reduce cold start time in Lambda?')[0]?.whole).toBeUndefined();
  });

  it('reads a prose answer as its sentence and the technical terms it names', () => {
    const rds = pointsOf('What is RDS?');
    expect(rds[0]?.kind).toBe('sentence');
    expect(rds.filter((p) => p.kind === 'term').map((p) => p.text)).toEqual([
      'MySQL',
      'PostgreSQL',
      'Oracle',
      'SQL Server',
      'Aurora',
    ]);
    // "Elastic Compute Cloud" is what the question "What is EC2?" already says.
    expect(texts('What is EC2?')).toEqual([
      'provides virtual servers to run backend code and applications',
    ]);
  });

  it('samples a long answer across its sub-headings and never takes code as points', () => {
    const serverless = texts('What are the best practices for serverless application?');
    expect(serverless).toEqual([
      'Event-driven design',
      'Keep functions lightweight',
      'Avoid unnecessary invocations',
      'Least privilege IAM roles',
      'Structured logging',
      'Infrastructure as Code (IaC)',
      'Use managed databases',
      'Use asynchronous patterns',
    ]);
    const cors = texts('What is CORS?');
    expect(cors).toContain('Use specific origins in production');
    expect(cors.join(' ')).not.toMatch(/statusCode|JSON\.stringify|handler/);
  });
});

describe('extractKeyPoints on small answers', () => {
  it('takes inline code as identifiers and bold words as terms', () => {
    const points = extractKeyPoints(
      'Call `fetch()` with **credentials included** so the browser sends cookies.',
    );
    expect(points.map((p) => [p.kind, p.text])).toEqual([
      ['bold-term', 'credentials included'],
      ['term', 'fetch()'],
    ]);
  });

  it('finds service names, acronyms and versions in prose', () => {
    const points = extractKeyPoints(
      'We put Auto Scaling behind an ALB in a VPC, set a TTL, and run Node.js 20 on Route 53 records.',
    );
    expect(points.filter((p) => p.kind === 'term').map((p) => p.text)).toEqual([
      'Auto Scaling',
      'ALB',
      'VPC',
      'TTL',
      'Node.js 20',
      'Route 53',
    ]);
    expect(points.find((p) => p.text === 'Auto Scaling')?.aliases).toContain('asg');
  });

  it('takes only the author’s points when the answer marks them', () => {
    const answer = [
      'Auto Scaling adds and removes EC2 instances.',
      '',
      '- It uses CloudWatch alarms',
      '',
      '[//]: # "key: scales on demand; health checks replace bad instances"',
      '[//]: # (key: launch template)',
    ].join('\n');
    expect(extractKeyPoints(answer).map((p) => [p.kind, p.text])).toEqual([
      ['authored', 'scales on demand'],
      ['authored', 'health checks replace bad instances'],
      ['authored', 'launch template'],
    ]);
  });

  it('ignores other link definitions and keeps points apart that share words', () => {
    const answer =
      '[docs]: https://example.com "key: not a point"\n\n- AWS: security of the cloud\n- You: security in the cloud';
    expect(extractKeyPoints(answer).map((p) => p.text)).toEqual([
      'AWS: security of the cloud',
      'You: security in the cloud',
    ]);
  });

  it('returns nothing for an empty answer and reads pathological markdown as prose, quickly', () => {
    expect(extractKeyPoints('')).toEqual([]);
    expect(extractKeyPoints('   \n\n')).toEqual([]);
    const nasty = `${'*_'.repeat(3000)} DynamoDB`;
    const start = performance.now();
    expect(extractKeyPoints(nasty).map((p) => p.text)).toEqual(['DynamoDB']);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('drops terms the question already names and stop words alone', () => {
    expect(extractKeyPoints('The VPC is yours.', { question: 'What is a VPC?' })).toEqual([]);
    expect(extractKeyPoints('- and the\n- of it')).toEqual([]);
  });
});

describe('the key-points module', () => {
  it('exports exactly the functions and limits the UI uses', async () => {
    const api = await import('../../src/deck/key-points/index.ts');
    expect(Object.keys(api).sort()).toEqual([
      'MAX_KEY_POINTS',
      'MAX_OWN_ANSWER_CHARS',
      'MAX_TYPED_CHARS',
      'decodeOwnAnswers',
      'extractKeyPoints',
      'matchAnswer',
      'mergeOwnAnswers',
      'ownAnswerProblem',
      'ownAnswersToMarkdown',
      'setOwnAnswer',
    ]);
  });
});

describe('key points never come from links', () => {
  it('URLs, images, link-only lines and reference lists are not points; the answer’s words are', () => {
    const answer = [
      'Amazon S3 stores objects in buckets, with versioning and lifecycle rules.',
      '',
      '![diagram](https://example.com/s3.png)',
      '',
      'See https://docs.aws.amazon.com/s3/',
      '',
      '- [S3 docs](https://aws.amazon.com/s3/)',
      '- [Pricing](https://aws.amazon.com/s3/pricing/)',
      '',
      '#### Source(s) and further reading',
      '',
      '- [Object storage](https://en.wikipedia.org/wiki/Object_storage)',
      '- Replication across regions',
    ].join('\n');
    const points = extractKeyPoints(answer, { question: 'What is S3?' }).map((p) => p.text);
    expect(points.length).toBeGreaterThan(0);
    expect(points.join(' ')).toMatch(/buckets/);
    for (const point of points)
      expect(point).not.toMatch(/https?:|docs|Pricing|diagram|Object storage|Replication/);
  });
});
