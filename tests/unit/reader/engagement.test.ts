import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenEngaged } from '../../../src/reader/engagement.ts';

/** The reader's window, reduced to its events (these tests run in Node). */
let events: EventTarget;

beforeEach(() => {
  vi.useFakeTimers();
  events = new EventTarget();
  vi.stubGlobal('window', events);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('starting heavy work once the player is engaged', () => {
  it('runs once at the first key, click, touch or wheel, after that event has been handled', () => {
    const run = vi.fn();
    whenEngaged(8000, run);
    events.dispatchEvent(new Event('pointerdown'));
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    events.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after the given time when nobody does anything', () => {
    const run = vi.fn();
    whenEngaged(8000, run);
    vi.advanceTimersByTime(7999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('stops listening once it has run, and never runs once cancelled', () => {
    const remove = vi.spyOn(events, 'removeEventListener');
    const run = vi.fn();
    const cancel = whenEngaged(8000, run);
    cancel();
    expect(remove.mock.calls.map(([type]) => type).toSorted()).toEqual(['keydown', 'pointerdown', 'touchstart', 'wheel']);
    events.dispatchEvent(new Event('touchstart'));
    vi.advanceTimersByTime(10_000);
    expect(run).not.toHaveBeenCalled();
  });
});
