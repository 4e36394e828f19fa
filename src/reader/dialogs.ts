import { button, h, uniqueId } from './dom.ts';

/** What a dialog's builder gets: its body to fill, and a way to close it. */
export interface DialogContext {
  readonly body: HTMLElement;
  readonly dialog: HTMLDialogElement;
  close(): void;
}

export interface DialogOptions {
  readonly title: string;
  /** A class for styling (e.g. `dialog--wide`). */
  readonly className?: string;
  build(context: DialogContext): void;
  /** The element to focus first; by default the first control in the body, else the close button. */
  readonly initialFocus?: (dialog: HTMLDialogElement) => HTMLElement | null;
}

/**
 * The reader's modal dialogs (menu, settings, saves, backlog, glossary, sources). One is open at a
 * time: opening another replaces it. The browser's `<dialog>` traps focus and closes on Escape;
 * focus returns to where it was before the first dialog opened.
 */
export class Dialogs {
  private current: HTMLDialogElement | null = null;
  private returnFocus: HTMLElement | null = null;
  private readonly listeners = new Set<(open: boolean) => void>();

  constructor(private readonly host: HTMLElement) {}

  get isOpen(): boolean {
    // `open` turns false the moment Escape closes the dialog, before its close event arrives.
    return this.current !== null && this.current.open;
  }

  /** Calls `listener(open)` when the first dialog opens and when the last one closes. */
  onChange(listener: (open: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  open(options: DialogOptions): HTMLDialogElement {
    const wasOpen = this.current !== null;
    if (this.current) this.dismiss(this.current);
    else this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;

    const titleId = uniqueId('dialog-title');
    const dialog = h('dialog', { class: ['dialog', options.className].filter(Boolean).join(' '), 'aria-labelledby': titleId });
    const body = h('div', { class: 'dialog-body' });
    const close = (): void => dialog.close();
    const header = h(
      'div',
      { class: 'dialog-header' },
      h('h2', { id: titleId, class: 'dialog-title', text: options.title }),
      button('Close', close, { class: 'dialog-close' }),
    );
    dialog.append(header, body);
    dialog.addEventListener('close', () => {
      if (this.current !== dialog) return;
      this.current = null;
      dialog.remove();
      const target = this.returnFocus;
      this.returnFocus = null;
      if (target?.isConnected) target.focus({ preventScroll: true });
      this.emit(false);
    });
    this.host.append(dialog);
    options.build({ body, dialog, close });
    this.current = dialog;
    dialog.showModal();
    const first =
      options.initialFocus?.(dialog) ?? body.querySelector<HTMLElement>('button, [href], input, select, textarea, [tabindex="0"]');
    (first ?? header.querySelector('button'))?.focus();
    if (!wasOpen) this.emit(true);
    return dialog;
  }

  /** Closes the open dialog, if any (focus returns). */
  close(): void {
    this.current?.close();
  }

  private dismiss(dialog: HTMLDialogElement): void {
    this.current = null;
    dialog.close();
    dialog.remove();
  }

  private emit(open: boolean): void {
    for (const listener of this.listeners) listener(open);
  }
}
