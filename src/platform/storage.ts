/**
 * A storage adapter that never throws to its callers. Browsers refuse storage in several ways: the
 * quota is full (`QuotaExceededError`), storage is turned off or blocked (`SecurityError` on the
 * very access to `window.localStorage`), or there is no storage at all. Each becomes a
 * {@link StorageProblem} in a result and one notice to the listeners; the game keeps running.
 *
 * Every key is prefixed with {@link STORAGE_PREFIX}; callers pass and receive unprefixed names.
 */

/** Every key this game writes starts with this. Nothing personal is ever stored under it. */
export const STORAGE_PREFIX = 'fortydays:';

/** Why storage did not work. */
export type StorageProblem = 'full' | 'off' | 'missing' | 'failed';

/** The part of the Web Storage API the adapter uses (window.localStorage, or a fake in tests). */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The outcome of one storage operation. */
export type StorageResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: StorageProblem };

/** Storage that reports problems instead of throwing. */
export interface SafeStorage {
  /** The stored text, or null when the key is empty. */
  read(key: string): StorageResult<string | null>;
  write(key: string, value: string): StorageResult<void>;
  remove(key: string): StorageResult<void>;
  /** Every key of this game (unprefixed), in no particular order. */
  keys(): StorageResult<readonly string[]>;
  /** The most recent problem, or null when storage has worked so far. */
  readonly problem: StorageProblem | null;
  /**
   * Calls `listener` when an operation fails. It fires once per kind of problem, so a full disk
   * does not raise a notice at every choice. Returns the unsubscribe function.
   */
  onProblem(listener: (problem: StorageProblem) => void): () => void;
  /**
   * Calls `listener` when another tab or window of this game changes storage: with the unprefixed
   * key, or null when all of storage was cleared there. This tab's own writes are not reported.
   * Returns the unsubscribe function.
   */
  onChangeElsewhere(listener: (key: string | null) => void): () => void;
}

/** Where changes made by other tabs come from: given a callback for each changed full key (null: all cleared), returns an unsubscribe. */
export type ExternalChanges = (changed: (fullKey: string | null) => void) => () => void;

const PROBLEM_WORDS: Readonly<Record<StorageProblem, string>> = {
  full: 'storage is full',
  off: 'storage is turned off',
  missing: 'storage is not available in this browser',
  failed: 'storage did not work',
};

/** The message for players, e.g. for a non-blocking banner. */
export function storageProblemMessage(problem: StorageProblem): string {
  return `Your progress can't be saved on this device (${PROBLEM_WORDS[problem]}). You can keep playing and export a save file.`;
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
}

function errorCode(error: unknown): number | null {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'number' ? error.code : null;
}

/** Sorts an error thrown by the Web Storage API into a {@link StorageProblem}. */
export function classifyStorageError(error: unknown): StorageProblem {
  const name = errorName(error);
  const code = errorCode(error);
  // 22 is the legacy DOMException code of QuotaExceededError; 1014 is Firefox's NS_ERROR_DOM_QUOTA_REACHED.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'full';
  if (name === 'SecurityError' || name === 'NotAllowedError' || code === 18) return 'off';
  return 'failed';
}

/**
 * Wraps a storage getter. `open` is called lazily and may throw (as `window.localStorage` does when
 * storage is blocked) or return nothing. When storage cannot be opened at all, the adapter keeps
 * this session's writes in memory so the game behaves the same until the page closes.
 */
export function createSafeStorage(open: () => StorageLike | null | undefined, externalChanges?: ExternalChanges): SafeStorage {
  let opened: { storage: StorageLike } | { problem: StorageProblem } | null = null;
  const memory = new Map<string, string>();
  const listeners = new Set<(problem: StorageProblem) => void>();
  const reported = new Set<StorageProblem>();
  let lastProblem: StorageProblem | null = null;

  function fail(problem: StorageProblem): { ok: false; problem: StorageProblem } {
    lastProblem = problem;
    if (!reported.has(problem)) {
      reported.add(problem);
      for (const listener of listeners) {
        try {
          listener(problem);
        } catch (error) {
          // A listener's failure must not turn into a storage failure; report it where it can be seen.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    }
    return { ok: false, problem };
  }

  function storage(): StorageLike | StorageProblem {
    if (opened === null) {
      try {
        const found = open();
        opened = found ? { storage: found } : { problem: 'missing' };
      } catch (error) {
        opened = { problem: classifyStorageError(error) === 'failed' ? 'off' : classifyStorageError(error) };
      }
    }
    return 'storage' in opened ? opened.storage : opened.problem;
  }

  const prefixed = (key: string): string => STORAGE_PREFIX + key;

  return {
    get problem() {
      return lastProblem;
    },
    read(key) {
      const s = storage();
      if (typeof s === 'string') {
        fail(s);
        return { ok: true, value: memory.get(key) ?? null };
      }
      try {
        return { ok: true, value: s.getItem(prefixed(key)) };
      } catch (error) {
        return fail(classifyStorageError(error));
      }
    },
    write(key, value) {
      const s = storage();
      if (typeof s === 'string') {
        memory.set(key, value);
        return fail(s);
      }
      try {
        s.setItem(prefixed(key), value);
        return { ok: true, value: undefined };
      } catch (error) {
        return fail(classifyStorageError(error));
      }
    },
    remove(key) {
      const s = storage();
      if (typeof s === 'string') {
        memory.delete(key);
        return fail(s);
      }
      try {
        s.removeItem(prefixed(key));
        return { ok: true, value: undefined };
      } catch (error) {
        return fail(classifyStorageError(error));
      }
    },
    keys() {
      const s = storage();
      if (typeof s === 'string') {
        fail(s);
        return { ok: true, value: [...memory.keys()] };
      }
      try {
        const keys: string[] = [];
        for (let i = 0; i < s.length; i++) {
          const key = s.key(i);
          if (key !== null && key.startsWith(STORAGE_PREFIX)) keys.push(key.slice(STORAGE_PREFIX.length));
        }
        return { ok: true, value: keys };
      } catch (error) {
        return fail(classifyStorageError(error));
      }
    },
    onProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onChangeElsewhere(listener) {
      if (!externalChanges) return () => undefined;
      return externalChanges((fullKey) => {
        if (fullKey === null) listener(null);
        else if (fullKey.startsWith(STORAGE_PREFIX)) listener(fullKey.slice(STORAGE_PREFIX.length));
      });
    },
  };
}

/** The browser's localStorage behind the safe adapter. */
export function browserStorage(): SafeStorage {
  return createSafeStorage(
    () => globalThis.localStorage,
    (changed) => {
      // The "storage" event reaches every other tab of this origin when one of them changes localStorage.
      const onStorage = (event: StorageEvent): void => {
        let local: Storage | null = null;
        try {
          local = globalThis.localStorage;
        } catch {
          return;
        }
        if (event.storageArea === local) changed(event.key);
      };
      globalThis.addEventListener('storage', onStorage);
      return () => globalThis.removeEventListener('storage', onStorage);
    },
  );
}
