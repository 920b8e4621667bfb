/**
 * A Storage like the browser's, in memory, with an optional quota in characters: writes past
 * it throw a QuotaExceededError DOMException, as localStorage does when full.
 */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  writes = 0;

  constructor(public quota = Infinity) {}

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const used = [...this.items].reduce(
      (n, [k, v]) => n + (k === key ? 0 : k.length + v.length),
      0,
    );
    if (used + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, String(value));
    this.writes++;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  clear(): void {
    this.items.clear();
  }

  keys(): string[] {
    return [...this.items.keys()];
  }
}
