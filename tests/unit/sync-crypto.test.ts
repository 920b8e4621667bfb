import { describe, expect, it } from 'vitest';
import {
  contentName,
  deriveKeys,
  keysFor,
  NewerFormatError,
  newKeyCheck,
  open,
  seal,
  WrongPassphraseError,
} from '../../src/store/sync/sync-crypto.ts';

// Few iterations: the derivation's work factor is not what these tests are about.
const FAST = 1_000;

describe('sync encryption', () => {
  it('seals what only the same passphrase opens, and never the same way twice', async () => {
    const { keys, check } = await newKeyCheck('blue fox in winter', FAST);
    const review = { id: 'r1', card: 'aws/what-is-ec2', grade: 3 };
    const first = await seal(keys, review);
    const second = await seal(keys, review);
    expect(first).not.toBe(second); // a fresh IV each time
    expect(first).not.toContain('what-is-ec2');
    expect(atob(first)).not.toContain('what-is-ec2');

    // Another device, with the check the server keeps, derives the same keys.
    const elsewhere = await keysFor('blue fox in winter', check);
    expect(await open(elsewhere, first)).toEqual(review);
  });

  it('tells a wrong passphrase rather than garbling', async () => {
    const { check } = await newKeyCheck('blue fox in winter', FAST);
    await expect(keysFor('red fox in summer', check)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('a database set up by a newer version is told as such, not as a wrong passphrase', async () => {
    const { check } = await newKeyCheck('blue fox in winter', FAST);
    // The first databases had no format: they are read as this version's.
    const { format: _none, ...first } = check;
    await expect(keysFor('blue fox in winter', first)).resolves.toBeDefined();
    await expect(
      keysFor('blue fox in winter', { ...check, format: (check.format ?? 1) + 1 }),
    ).rejects.toBeInstanceOf(NewerFormatError);
  });

  it('refuses a sealed text changed on the server', async () => {
    const { keys } = await newKeyCheck('blue fox in winter', FAST);
    const sealed = await seal(keys, { grade: 3 });
    const bytes = Uint8Array.from(atob(sealed), (c) => c.charCodeAt(0));
    bytes[20] = (bytes[20] ?? 0) ^ 1;
    const changed = btoa(String.fromCharCode(...bytes));
    await expect(open(keys, changed)).rejects.toThrow();
  });

  it('names the same content the same on every device, and differently with another passphrase', async () => {
    const salt = btoa('sixteen byte slt');
    const a = await deriveKeys('blue fox in winter', salt, FAST);
    const b = await deriveKeys('blue fox in winter', salt, FAST);
    const other = await deriveKeys('red fox in summer', salt, FAST);
    const name = await contentName(a, '{"log":[1,2,3]}');
    expect(name).toMatch(/^[0-9a-f]{32}$/);
    expect(await contentName(b, '{"log":[1,2,3]}')).toBe(name);
    expect(await contentName(a, '{"log":[1,2,4]}')).not.toBe(name);
    expect(await contentName(other, '{"log":[1,2,3]}')).not.toBe(name);
  });
});
