import { describe, expect, it } from 'vitest';
import { withinOneEdit } from '../../src/deck/key-points/edit-distance.ts';
import { stem } from '../../src/deck/key-points/stem.ts';
import { toWords } from '../../src/deck/key-points/words.ts';

describe('stem', () => {
  it.each([
    ['scale', 'scales', 'scaling', 'scaled', 'scalable', 'scalability'],
    ['manage', 'managed', 'management', 'manager'],
    ['encrypt', 'encryption', 'encrypted', 'encrypting'],
    ['deploy', 'deployment', 'deploying', 'deployed'],
    ['cache', 'caches', 'caching', 'cached'],
    ['authorize', 'authorizer', 'authorization', 'authorizers'],
    ['automatic', 'automatically', 'automate', 'automation'],
    ['update', 'updated', 'updating', 'updates'],
    ['policy', 'policies'],
    ['queue', 'queues', 'queuing'],
    ['log', 'logs', 'logging'],
    ['container', 'containers', 'containerized'],
    ['available', 'availability'],
    ['state', 'stateful'],
  ])('folds %s and its forms onto one stem', (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it('keeps apart words that must not match', () => {
    expect(stem('stateless')).not.toBe(stem('stateful'));
    expect(stem('server')).not.toBe(stem('serverless'));
    expect(stem('public')).not.toBe(stem('publish'));
  });

  it('leaves short words, acronyms and words with digits alone', () => {
    expect(['sqs', 'sns', 'dns', 'ec2', 's3', 'route53'].map(stem)).toEqual([
      'sqs',
      'sns',
      'dns',
      'ec2',
      's3',
      'route53',
    ]);
    expect(stem('status')).toBe('status');
    expect(stem('access')).toBe('access');
    expect(stem('used')).toBe('used');
  });
});

describe('toWords', () => {
  it('folds synonym phrases, abbreviations and their plurals onto one name, keeping what was typed', () => {
    expect(toWords('Enable Auto-scaling for the ASGs')).toEqual([
      { surface: 'Enable', norm: 'enabl' },
      { surface: 'Auto-scaling', norm: 'auto scaling' },
      { surface: 'ASGs', norm: 'auto scaling' },
    ]);
    expect(toWords('SGs, security groups, DBs, env vars, K8s').map((w) => w.norm)).toEqual([
      'security group',
      'security group',
      'database',
      'environment variable',
      'kubernetes',
    ]);
  });

  it('drops stop words, "AWS" and its spelled-out name', () => {
    expect(toWords('AWS (Amazon Web Services) is the one you use')).toEqual([
      { surface: 'one', norm: 'one' },
    ]);
  });

  it('compares accented and unaccented spellings alike', () => {
    expect(toWords('Café')).toEqual(toWords('cafe').map((w) => ({ ...w, surface: 'Café' })));
  });
});

describe('withinOneEdit', () => {
  it('accepts one change, insertion, deletion or swap of neighbours', () => {
    expect(withinOneEdit('kubernetes', 'kubernets')).toBe(true);
    expect(withinOneEdit('concurrency', 'concurency')).toBe(true);
    expect(withinOneEdit('receive', 'recieve')).toBe(true);
    expect(withinOneEdit('lambda', 'lambdo')).toBe(true);
    expect(withinOneEdit('same', 'same')).toBe(true);
  });

  it('refuses two edits or more', () => {
    expect(withinOneEdit('stateful', 'stateless')).toBe(false);
    expect(withinOneEdit('public', 'publish')).toBe(false);
    expect(withinOneEdit('abc', 'abcde')).toBe(false);
    expect(withinOneEdit('kubernetes', 'kubrenets')).toBe(false);
  });
});
