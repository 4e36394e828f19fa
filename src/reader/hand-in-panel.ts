import { button, h, uniqueId } from './dom.ts';

/** What the hand-in panel offers: the run code, a way to copy it, and the transcript. */
export interface HandInActions {
  readonly runCode: string;
  /** Copies text; false when the browser would not. */
  copy(text: string): Promise<boolean>;
  /** Downloads the transcript; false when the browser would not. */
  downloadTranscript(): boolean;
}

/**
 * "Hand in this run": the run code in a field that is easy to select, a copy button that says
 * what happened, and the transcript as a Markdown file. A run code holds the choices and the story
 * version, nothing about the player.
 */
export function buildHandIn(body: HTMLElement, actions: HandInActions): void {
  const fieldId = uniqueId('run-code');
  const field = h('input', {
    id: fieldId,
    class: 'run-code-field',
    type: 'text',
    readonly: true,
    value: actions.runCode,
    spellcheck: 'false',
    autocomplete: 'off',
  });
  field.value = actions.runCode;
  field.addEventListener('focus', () => field.select());
  const status = h('p', { class: 'setting-hint', role: 'status' });
  body.append(
    h(
      'p',
      {},
      'A run code records the choices you made and the version of the story, and nothing about you. Opened in this game (add it to the address after ',
      h('code', { text: '#run=' }),
      '), it plays the same story to the same place, for your teacher or for you on another device.',
    ),
    h('label', { for: fieldId, class: 'field-label', text: 'Run code' }),
    field,
    h(
      'div',
      { class: 'page-actions' },
      button(
        'Copy run code',
        () => {
          void actions.copy(actions.runCode).then((copied) => {
            field.focus();
            field.select();
            status.textContent = copied
              ? 'Copied. Paste it wherever your class hands in work.'
              : 'This browser did not allow copying. The code is selected: press Ctrl+C (or Cmd+C) to copy it.';
          });
        },
        { class: 'button--primary' },
      ),
      button('Download the transcript (.md)', () => {
        status.textContent = actions.downloadTranscript()
          ? 'The transcript is downloading: the whole story as you read it, with your choices and the run code.'
          : 'The download could not start. Copy the run code instead.';
      }),
    ),
    status,
  );
}
