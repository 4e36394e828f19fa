/** A small element builder for the reader, so screens read as their structure. */

type Child = Node | string | null | undefined | false;

/** Attributes and a few properties; `on*` functions become listeners. */
export type Props = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

/**
 * Creates an element. `class`, `text` and attributes are set from `props`; booleans set or drop the
 * attribute; functions under `on<event>` are added as listeners.
 * @example h('button', { type: 'button', onclick: () => start() }, 'New game')
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'text') element.textContent = String(value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** Text only screen readers hear. */
export function srOnly(text: string): HTMLSpanElement {
  return h('span', { class: 'sr-only', text });
}

/** A button with `type="button"`. */
export function button(label: string | Node, onClick: (event: Event) => void, props: Props = {}): HTMLButtonElement {
  return h('button', { type: 'button', ...props, onclick: onClick }, label);
}

let idCounter = 0;
/** A unique id for aria references. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/**
 * Resolves once the frame now being prepared is on screen, and the page's first contentful paint with
 * it: an animation frame runs at the start of the frame after it, and a task queued from there runs
 * after that frame's paint; the first paint is reported once it has been presented, which can come a
 * little later. Work started here (a fetch, a long task) does not compete with the first picture. A
 * hidden page draws no frames, so it resolves at once there, and within `fallbackMs` in any case (a
 * browser may hold frames back).
 */
export function afterPaint(fallbackMs = 500): Promise<void> {
  if (document.hidden) return Promise.resolve();
  const framed = new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const fallback = new Promise<void>((resolve) => setTimeout(resolve, fallbackMs));
  return Promise.race([Promise.all([framed, firstPaintShown()]).then(() => undefined), fallback]);
}

let firstPaint: Promise<void> | null = null;

/** Resolves when the browser reports the page's first contentful paint: at once if it has, or where it cannot tell. */
function firstPaintShown(): Promise<void> {
  firstPaint ??= new Promise((resolve) => {
    const supported = typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
    if (!supported) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    });
    try {
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // A browser that lists paint entries but not this way of observing them: nothing to wait for.
      resolve();
    }
  });
  return firstPaint;
}

/** Gives the page back for a moment (input, a frame) between two long steps of work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Gives the page back between the steps of one piece of work: Chromium's `scheduler.yield()`, which
 * lets input and frames in and then resumes the work ahead of other tasks (nested timers would wait
 * at least 4 ms each); elsewhere a new task.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : nextTask();
}
