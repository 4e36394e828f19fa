import { afterEach, describe, expect, it, vi } from 'vitest';
import { pacer } from '../../../src/engine/pacer.ts';

/** performance.now() under the test's control. */
function fakeClock() {
  let now = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return { advance: (ms: number) => (now += ms) };
}

describe('a pacer', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lets work run on while the next piece fits in the task, and gives the thread back before one that would not', async () => {
    const clock = fakeClock();
    let pauses = 0;
    const pace = pacer(() => (pauses++, Promise.resolve()), 6);
    await pace.beforeWork(2);
    clock.advance(2);
    await pace.beforeWork(2);
    clock.advance(2);
    expect(pauses).toBe(0);
    // 4 ms gone: a piece of 2 more would end the task at 6, which is not within it.
    await pace.beforeWork(2);
    expect(pauses).toBe(1);
    // The new task starts with the whole step.
    clock.advance(2);
    await pace.beforeWork(3);
    expect(pauses).toBe(1);
  });

  it('counts the time spent between two pieces, not only the pieces', async () => {
    const clock = fakeClock();
    let pauses = 0;
    const pace = pacer(() => (pauses++, Promise.resolve()), 6);
    clock.advance(7);
    await pace.beforeWork();
    expect(pauses).toBe(1);
  });

  it('gives the thread back before every piece when no time is allowed, and before a piece too big for any task', async () => {
    fakeClock();
    let pauses = 0;
    const none = pacer(() => (pauses++, Promise.resolve()), 0);
    await none.beforeWork();
    await none.beforeWork();
    expect(pauses).toBe(2);
    const pace = pacer(() => (pauses++, Promise.resolve()), 6);
    await pace.beforeWork(Number.POSITIVE_INFINITY);
    expect(pauses).toBe(3);
  });

  it('waits for the pause to finish before the work goes on', async () => {
    fakeClock();
    const order: string[] = [];
    const pace = pacer(async () => {
      await Promise.resolve();
      order.push('paused');
    }, 0);
    await pace.beforeWork();
    order.push('work');
    expect(order).toEqual(['paused', 'work']);
  });
});
