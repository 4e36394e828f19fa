import type { Beat } from '../engine/runner.ts';
import { button, h, srOnly } from './dom.ts';
import { placeAndDate } from './labels.ts';
import { typeset } from './text-marks.ts';

/**
 * Everything read so far, beat by beat, with the choice made at each; "Go back to here" rewinds to
 * that choice so it can be made again.
 */
export function buildBacklog(body: HTMLElement, history: readonly Beat[], rewind: (turn: number) => void): void {
  let lastCaption = '';
  const items = history.map((beat) => {
    const caption = placeAndDate(beat.knot);
    const parts: HTMLElement[] = [];
    if (caption && caption !== lastCaption) parts.push(h('h3', { class: 'backlog-caption', text: caption }));
    lastCaption = caption;
    for (const line of beat.lines) parts.push(h('p', { class: 'backlog-line', text: typeset(line.text) }));
    if (beat.chosen) {
      parts.push(
        h(
          'div',
          { class: 'backlog-choice' },
          h('p', { class: 'backlog-chosen' }, srOnly('You chose: '), typeset(beat.chosen.text)),
          button(h('span', {}, 'Go back to here', srOnly(` (choice ${beat.turn + 1})`)), () => rewind(beat.turn), {
            class: 'backlog-rewind',
          }),
        ),
      );
    }
    return h('li', { class: 'backlog-beat', 'data-turn': beat.turn }, ...parts);
  });
  body.append(
    h('p', { class: 'setting-hint', text: 'Going back undoes the choices after that point. Your autosave follows you.' }),
    h('ol', { class: 'backlog' }, ...items),
  );
}
