import type { StorageLike } from '../../../src/platform/storage.ts';

/** A Web Storage stand-in for node tests, with a byte quota and switchable failures. */
export class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  /** Throw this from the next setItem calls (until cleared). */
  failWrites: Error | null = null;
  failReads: Error | null = null;

  constructor(private readonly quotaChars = Infinity) {}

  get length(): number {
    return this.data.size;
  }

  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    if (this.failReads) throw this.failReads;
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failWrites) throw this.failWrites;
    const used = [...this.data].reduce((n, [k, v]) => (k === key ? n : n + k.length + v.length), 0);
    if (used + key.length + value.length > this.quotaChars) throw domError('QuotaExceededError', 22);
    this.data.set(key, value);
  }

  removeItem(key: string): void {
    this.data.delete(key);
  }
}

/** An error shaped like the browser's DOMException. */
export function domError(name: string, code = 0): Error {
  const error = new Error(`${name} (fake)`);
  error.name = name;
  Object.defineProperty(error, 'code', { value: code });
  return error;
}
