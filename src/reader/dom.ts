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
 * Resolves once the frame now being prepared has been drawn: a task queued from an animation frame
 * runs after that frame's paint. A hidden page draws no frames, so it resolves at once there, and
 * within `fallbackMs` in any case.
 */
export function afterPaint(fallbackMs = 500): Promise<void> {
  return new Promise((resolve) => {
    if (document.hidden) return resolve();
    const timer = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
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
