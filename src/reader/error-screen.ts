import { button, h } from './dom.ts';
import { describeError } from './error-text.ts';

export interface ErrorScreenActions {
  /** Null when there is no autosave to restore. */
  readonly restore: (() => void) | null;
  /** Null when there is no autosave to export; returns false when the browser refused. */
  readonly exportAutosave: (() => boolean) | null;
  startOver(): void;
}

/** Replaces the page with a plain explanation and three ways on, instead of a blank page. */
export function renderErrorScreen(root: HTMLElement, error: unknown, actions: ErrorScreenActions): void {
  const { summary, details } = describeError(error);
  const status = h('p', { class: 'error-status', role: 'status' });
  const heading = h('h1', { id: 'error-heading', tabindex: '-1', text: 'Something went wrong' });
  const section = h(
    'section',
    { class: 'screen screen--page screen--error', 'aria-labelledby': 'error-heading' },
    h(
      'div',
      { class: 'page' },
      heading,
      h('p', { class: 'error-summary', text: summary }),
      h('p', {
        text: actions.restore
          ? 'Your progress up to your last choice is in the autosave. You can go back to it, keep a copy of it as a file, or start the story again.'
          : 'There is no autosave on this device to go back to. You can start the story again.',
      }),
      h(
        'div',
        { class: 'page-actions' },
        actions.restore ? button('Restore the last autosave', actions.restore, { class: 'button--primary' }) : null,
        actions.exportAutosave
          ? button('Export the autosave', () => {
              status.textContent = actions.exportAutosave?.()
                ? 'The autosave was exported as a file.'
                : 'The browser did not allow the download.';
            })
          : null,
        button('Start over', () => actions.startOver()),
      ),
      status,
      h('details', { class: 'error-details' }, h('summary', { text: 'Technical details' }), h('pre', { text: details })),
    ),
  );
  document.body.dataset.screen = 'error';
  root.replaceChildren(section);
  heading.focus();
}
