/** What counts as the player doing something: a key, a click or tap, a touch, a scroll of the wheel. */
const ENGAGING_EVENTS = ['keydown', 'pointerdown', 'touchstart', 'wheel'] as const;

/**
 * Runs `run` once, when the page is idle after the player first does something, or after `ms`
 * without any, whichever comes first. Returns a function that cancels it.
 *
 * For heavy work nobody is waiting for (the scene layer): it starts once the reader is engaged, and
 * not in the first seconds of a page while it is being read and measured.
 */
export function whenEngaged(ms: number, run: () => void): () => void {
  let done = false;
  const options = { capture: true, passive: true } as const;
  const cancel = (): void => {
    clearTimeout(timer);
    for (const type of ENGAGING_EVENTS) window.removeEventListener(type, engaged, options);
  };
  const fire = (): void => {
    if (done) return;
    done = true;
    cancel();
    run();
  };
  // After the event has done its own work (a choice shows its text first), when the page is idle.
  const engaged = (): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fire, { timeout: 1000 });
    else setTimeout(fire, 0);
  };
  const timer = setTimeout(fire, ms);
  for (const type of ENGAGING_EVENTS) window.addEventListener(type, engaged, options);
  return () => {
    done = true;
    cancel();
  };
}
