import { button, h } from './dom.ts';

export type NoticeKind = 'info' | 'problem';

/** A button on a notice that does something about it. */
export interface NoticeAction {
  readonly label: string;
  run(): void;
}

/**
 * Non-blocking messages at the top of the page (storage trouble, a revised story, an unreadable
 * save), each dismissible, and a quiet channel for screen-reader-only announcements.
 */
export class Notices {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly announcer: HTMLElement;
  private readonly shown = new Map<string, HTMLElement>();

  constructor() {
    this.list = h('div', { class: 'notices-list', role: 'status', 'aria-live': 'polite' });
    this.announcer = h('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
    this.element = h('div', { class: 'notices' }, this.list, this.announcer);
  }

  /**
   * Shows a message; a second message with the same id replaces the first. An `action` adds a button
   * that does something about it (and dismisses the message).
   */
  show(message: string, kind: NoticeKind = 'info', id: string = message, action?: NoticeAction): void {
    this.dismiss(id);
    const notice = h(
      'div',
      { class: `notice notice--${kind}`, 'data-notice': id },
      h('p', { class: 'notice-text', text: message }),
      action
        ? button(
            action.label,
            () => {
              this.dismiss(id);
              action.run();
            },
            { class: 'notice-action' },
          )
        : null,
      button('Dismiss', () => this.dismiss(id), { class: 'notice-dismiss', 'aria-label': 'Dismiss this message' }),
    );
    this.shown.set(id, notice);
    this.list.append(notice);
  }

  dismiss(id: string): void {
    this.shown.get(id)?.remove();
    this.shown.delete(id);
  }

  /** Removes every message. */
  clear(): void {
    for (const id of Array.from(this.shown.keys())) this.dismiss(id);
  }

  /** Says something to screen readers only (e.g. "You went back one choice."). */
  announce(message: string): void {
    this.announcer.textContent = '';
    // A fresh text node in a later frame is announced even when the words repeat.
    requestAnimationFrame(() => {
      this.announcer.textContent = message;
    });
  }
}
