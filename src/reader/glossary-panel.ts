import type { GlossaryEntry } from '../history/registry.ts';
import { h } from './dom.ts';
import { typeset } from './text-marks.ts';

/** The glossary of the words met so far, in the order they appeared. */
export function buildGlossary(
  body: HTMLElement,
  seen: readonly string[],
  entries: ReadonlyMap<string, GlossaryEntry> | null,
  highlight: string | null,
): void {
  if (entries === null) {
    body.append(h('p', { text: 'The glossary could not be loaded. The story works without it.' }));
    return;
  }
  const known = seen.map((id) => entries.get(id)).filter((e): e is GlossaryEntry => e !== undefined);
  if (known.length === 0) {
    body.append(h('p', { text: 'Words from the camp appear here as you meet them in the story.' }));
    return;
  }
  body.append(
    h('p', { class: 'setting-hint', text: 'Words from the camp, as you have met them in the story.' }),
    h(
      'dl',
      { class: 'glossary' },
      ...known.flatMap((entry) => {
        const term = h(
          'dt',
          { id: `term-${entry.id}`, class: entry.id === highlight ? 'glossary-term is-highlighted' : 'glossary-term', tabindex: '-1' },
          entry.term,
        );
        if (entry.russian) term.append(' ', h('span', { class: 'glossary-russian', lang: 'ru', text: `(${entry.russian})` }));
        return [term, h('dd', { class: 'glossary-definition', text: typeset(entry.definition) })];
      }),
    ),
  );
}
