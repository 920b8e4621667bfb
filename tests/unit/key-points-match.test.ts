import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/deck/index.ts';
import {
  extractKeyPoints,
  matchAnswer,
  MAX_TYPED_CHARS,
  type KeyPoint,
} from '../../src/deck/key-points/index.ts';
import { DECK_PATH } from '../support/aws-source.ts';

const { deck } = parseDeck(readFileSync(DECK_PATH, 'utf8'), 'content/aws-backend-interview.md');
const cards = deck?.sections.flatMap((s) => s.cards) ?? [];

function pointsOf(question: string): KeyPoint[] {
  const card = cards.find((c) => c.questionText === question);
  if (!card) throw new Error(`no card "${question}"`);
  return extractKeyPoints(card.answer, { question: card.questionText });
}

/** The covered points' texts with the typed words that covered them. */
function check(question: string, typed: string) {
  const result = matchAnswer(typed, pointsOf(question));
  return {
    covered: Object.fromEntries(result.covered.map((c) => [c.point.text, c.matchedWords])),
    missed: result.missed.map((p) => p.text),
    grade: result.suggestedGrade,
  };
}

const SG_NACL = 'Difference between Security Group and NACL?';
const COLD_START = 'How do you reduce cold start time in Lambda?';
const SCALABLE = 'How do you design a scalable backend on AWS?';

describe('matchAnswer', () => {
  it('covers a comparison in other words and order, and says which words matched', () => {
    const { covered, missed, grade } = check(
      SG_NACL,
      'NACLs work at the subnet, security groups attach to instances. Security groups keep state (they are stateful).',
    );
    expect(covered).toEqual({
      'Level: SG Instance, NACL Subnet': ['instances', 'subnet'],
      'Stateful: SG Yes, NACL No': ['state', 'stateful'],
    });
    expect(missed).toEqual([]);
    expect(grade).toBe(4);
  });

  it('forgives plurals, word forms and case', () => {
    const { covered } = check(
      COLD_START,
      'PROVISIONING Concurrent executions; keeping Functions SMALL',
    );
    expect(Object.keys(covered)).toEqual(['Use provisioned concurrency', 'Keep function small']);
    expect(
      check('Difference between S3 and EBS?', 'EBS volumes are attached to an EC2 instance')
        .covered,
    ).toEqual({
      'Access: S3 API, EBS Attached to EC2': ['attached', 'EC2'],
    });
  });

  it('forgives one typo in a word of five letters or more, not in shorter words', () => {
    const { covered } = check(COLD_START, 'provisoned concurency and warmup trigers');
    expect(covered).toEqual({
      'Use provisioned concurrency': ['provisoned', 'concurency'],
      'Warm-up triggers': ['warmup', 'trigers'],
    });
    // "SNS" is one letter from "SQS" and a different service.
    const sqs = check('What’s the difference between SQS and SNS?', 'SQS is a queue');
    expect(Object.keys(sqs.covered)).toEqual([
      'SQS: Type Queue, Use Case Message queuing, decoupling services',
    ]);
  });

  it('knows common abbreviations and spellings of the same thing', () => {
    const { covered, grade } = check(
      SCALABLE,
      'APIGW in front of lambdas, dynamo, S3 for static files, a CDN (cloud front) and an ASG for elasticity',
    );
    expect(covered).toEqual({
      'API Gateway + Lambda / ECS': ['APIGW', 'lambdas'],
      'RDS or DynamoDB': ['dynamo'],
      'S3 for static files': ['S3', 'static', 'files'],
      'CloudFront for CDN': ['cloud front', 'CDN'],
      'Auto Scaling for elasticity': ['ASG', 'elasticity'],
    });
    expect(grade).toBe(4);
    const ecs = check(
      'Difference between ECS and EKS?',
      'EKS is managed k8s; ECS orchestrates Docker containers',
    );
    expect(ecs.covered).toEqual({
      // Words are matched wherever they are typed: "managed" was said of EKS, and counts here too.
      'ECS: AWS-managed container orchestration': ['ECS', 'managed', 'containers', 'orchestrates'],
      'EKS: Managed Kubernetes cluster on AWS': ['EKS', 'managed', 'k8s'],
    });
  });

  it('covers a prose answer by a paraphrase of its sentence', () => {
    expect(check('What is EC2?', 'Virtual servers in the cloud that run your code').missed).toEqual(
      [],
    );
    expect(
      check('What is a Lambda cold start?', 'the delay when a new instance starts after being idle')
        .grade,
    ).toBe(4);
  });

  it('does not take an opposite, a neighbour or a label alone for the point', () => {
    // "stateless" is not "stateful"; a NACL is not a security group.
    expect(check(SG_NACL, 'Security groups are stateless').covered).toEqual({});
    const nacl = matchAnswer('NACL', extractKeyPoints('A **security group** is a firewall.'));
    expect(nacl.covered).toEqual([]);
    // Naming ECS says nothing about it.
    expect(check('Difference between ECS and EKS?', 'ECS and EKS').covered).toEqual({});
    // Half a two-word name is not the name.
    expect(check(COLD_START, 'concurrency').covered).toEqual({});
  });

  it('never covers a point with stop words alone', () => {
    const typed = 'the and of it is a to in for on with as by you your use using';
    for (const card of cards) {
      const result = matchAnswer(
        typed,
        extractKeyPoints(card.answer, { question: card.questionText }),
      );
      expect(result.covered, card.questionText).toEqual([]);
    }
  });

  it('misses everything for an empty answer without failing, and has nothing to suggest without points', () => {
    const points = pointsOf(SCALABLE);
    expect(matchAnswer('', points)).toEqual({
      covered: [],
      missed: points,
      ratio: 0,
      suggestedGrade: 1,
    });
    expect(matchAnswer('   \n', points).missed).toHaveLength(points.length);
    expect(matchAnswer('anything', [])).toEqual({
      covered: [],
      missed: [],
      ratio: 0,
      suggestedGrade: null,
    });
  });

  it('suggests Again when most is missed, Hard for about half, Good for most, Easy for all', () => {
    const grade = (typed: string) => matchAnswer(typed, pointsOf(SCALABLE)).suggestedGrade;
    expect(grade('S3 for static files')).toBe(1); // 1 of 5
    expect(grade('S3 static files, CloudFront CDN')).toBe(2); // 2 of 5
    expect(grade('S3 static files, CloudFront CDN, RDS')).toBe(2); // 3 of 5
    expect(grade('S3 static files, CloudFront CDN, RDS, autoscaling elasticity')).toBe(3); // 4 of 5
    expect(
      grade('S3 static files, CloudFront CDN, RDS, autoscaling elasticity, API Gateway Lambda'),
    ).toBe(4);
  });

  it('reads a very long answer up to its limit', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(1000);
    const long = `S3 for static files ${filler}`.padEnd(MAX_TYPED_CHARS + 500, ' x');
    const result = matchAnswer(`${long} CloudFront CDN`, pointsOf(SCALABLE));
    expect(result.covered.map((c) => c.point.text)).toEqual(['S3 for static files']);
  });

  it('counts every point of the deck as covered by its own text, as the user reads it', () => {
    for (const card of cards) {
      for (const point of extractKeyPoints(card.answer, { question: card.questionText })) {
        expect(matchAnswer(point.text, [point]).covered, point.text).toHaveLength(1);
      }
    }
    // A best practice shown as its name alone is covered by its name.
    const https = pointsOf('What is CORS?').find((p) => p.text === 'Use HTTPS');
    expect(https && matchAnswer('always https', [https]).covered).toHaveLength(1);
  });

  it('counts each model answer as covering all its points, and another card’s answer as covering almost none', () => {
    const points = cards.map((c) => extractKeyPoints(c.answer, { question: c.questionText }));
    for (const [i, card] of cards.entries()) {
      expect(matchAnswer(card.answer, points[i] ?? []).ratio, card.questionText).toBe(1);
    }
    // Short answers of other cards as if typed (the two essay-length answers name everything).
    const ratios = cards.flatMap((_, i) =>
      cards
        .filter((other, j) => j !== i && other.answer.length < 2000)
        .map((other) => matchAnswer(other.answer, points[i] ?? []).ratio),
    );
    const share = (test: (r: number) => boolean) => ratios.filter(test).length / ratios.length;
    expect(share((r) => r === 0)).toBeGreaterThan(0.9);
    expect(share((r) => r >= 0.5)).toBeLessThan(0.03);
  });
});
