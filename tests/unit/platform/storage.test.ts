import { describe, expect, it } from 'vitest';
import {
  classifyStorageError,
  createSafeStorage,
  STORAGE_PREFIX,
  storageProblemMessage,
  type StorageProblem,
} from '../../../src/platform/storage.ts';
import { domError, FakeStorage } from './fake-storage.ts';

describe('the storage adapter', () => {
  it('reads and writes under the fortydays: prefix', () => {
    const fake = new FakeStorage();
    const storage = createSafeStorage(() => fake);
    expect(storage.write('settings', '{}')).toEqual({ ok: true, value: undefined });
    expect(fake.data.get(`${STORAGE_PREFIX}settings`)).toBe('{}');
    expect(storage.read('settings')).toEqual({ ok: true, value: '{}' });
    expect(storage.read('missing')).toEqual({ ok: true, value: null });
    fake.data.set('other-site-key', 'x');
    expect(storage.keys()).toEqual({ ok: true, value: ['settings'] });
    storage.remove('settings');
    expect(fake.data.has(`${STORAGE_PREFIX}settings`)).toBe(false);
    expect(storage.problem).toBeNull();
  });

  it('turns a full quota into a result and one notice, never a throw', () => {
    const fake = new FakeStorage(40);
    const storage = createSafeStorage(() => fake);
    const problems: StorageProblem[] = [];
    storage.onProblem((p) => problems.push(p));
    expect(storage.write('a', 'x'.repeat(100))).toEqual({ ok: false, problem: 'full' });
    expect(storage.write('b', 'y'.repeat(100))).toEqual({ ok: false, problem: 'full' });
    expect(problems).toEqual(['full']);
    expect(storage.problem).toBe('full');
    expect(storage.write('c', 'small')).toEqual({ ok: true, value: undefined });
  });

  it('treats a SecurityError on opening storage as storage turned off, and keeps the session in memory', () => {
    const storage = createSafeStorage(() => {
      throw domError('SecurityError', 18);
    });
    const problems: StorageProblem[] = [];
    storage.onProblem((p) => problems.push(p));
    expect(storage.write('settings', 'kept for this session')).toEqual({ ok: false, problem: 'off' });
    expect(storage.read('settings')).toEqual({ ok: true, value: 'kept for this session' });
    expect(storage.keys()).toEqual({ ok: true, value: ['settings'] });
    expect(problems).toEqual(['off']);
  });

  it('reports missing storage', () => {
    const storage = createSafeStorage(() => undefined);
    expect(storage.write('x', '1')).toEqual({ ok: false, problem: 'missing' });
    expect(storage.problem).toBe('missing');
  });

  it('survives a storage whose reads throw', () => {
    const fake = new FakeStorage();
    fake.failReads = domError('SecurityError');
    const storage = createSafeStorage(() => fake);
    expect(storage.read('x')).toEqual({ ok: false, problem: 'off' });
  });

  it('does not let a failing listener break storage', () => {
    const fake = new FakeStorage();
    fake.failWrites = new Error('disk on fire');
    const storage = createSafeStorage(() => fake);
    storage.onProblem(() => {
      throw new Error('listener bug');
    });
    const unhandled: unknown[] = [];
    const original = globalThis.queueMicrotask;
    globalThis.queueMicrotask = (task) => {
      try {
        task();
      } catch (error) {
        unhandled.push(error);
      }
    };
    try {
      expect(storage.write('x', '1')).toEqual({ ok: false, problem: 'failed' });
    } finally {
      globalThis.queueMicrotask = original;
    }
    expect(unhandled).toHaveLength(1);
  });

  it('reports changes made by other tabs to this game’s keys, unprefixed, and a clear as null', () => {
    let send: ((fullKey: string | null) => void) | null = null;
    let unsubscribed = false;
    const storage = createSafeStorage(
      () => new FakeStorage(),
      (changed) => {
        send = changed;
        return () => {
          unsubscribed = true;
        };
      },
    );
    const seen: (string | null)[] = [];
    const stop = storage.onChangeElsewhere((key) => seen.push(key));
    send!(`${STORAGE_PREFIX}save:auto`);
    send!('another-site-key');
    send!(null);
    expect(seen).toEqual(['save:auto', null]);
    stop();
    expect(unsubscribed).toBe(true);
    // Without a source of changes (a test fake, an old browser) nothing is reported and nothing breaks.
    expect(() => createSafeStorage(() => new FakeStorage()).onChangeElsewhere(() => undefined)()).not.toThrow();
  });

  it('classifies the browsers’ storage errors', () => {
    expect(classifyStorageError(domError('QuotaExceededError', 22))).toBe('full');
    expect(classifyStorageError(domError('NS_ERROR_DOM_QUOTA_REACHED', 1014))).toBe('full');
    expect(classifyStorageError(domError('Whatever', 22))).toBe('full');
    expect(classifyStorageError(domError('SecurityError', 18))).toBe('off');
    expect(classifyStorageError(new TypeError('nope'))).toBe('failed');
    expect(classifyStorageError('a string')).toBe('failed');
  });

  it('says what happened in plain words, and that play goes on', () => {
    expect(storageProblemMessage('full')).toBe(
      "Your progress can't be saved on this device (storage is full). You can keep playing and export a save file.",
    );
    expect(storageProblemMessage('off')).toContain('(storage is turned off)');
  });
});
