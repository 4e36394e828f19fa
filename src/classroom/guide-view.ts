import guideText from '../../story/teacher-guide.md?raw';
import { button, h } from '../reader/dom.ts';
import { typeset } from '../reader/text-marks.ts';
import type { GlossaryEntry } from '../history/registry.ts';
import { parseGuide, type GuideBlock } from './guide.ts';

export { buildClassResults, classResults } from './class-results-view.ts';

/** What the guide page asks of the reader. */
export interface GuideActions {
  /** Opens the fact cards behind a paragraph. */
  openFacts(factIds: readonly string[], opener: HTMLElement): void;
  /** Fills a container with the game's bibliography (the sources page), or says it is unavailable. */
  appendSources(container: HTMLElement): void;
  /** The camp words of the glossary, for a printable vocabulary sheet; empty when unavailable. */
  readonly glossary: readonly GlossaryEntry[];
}

/** The glossary as a vocabulary sheet: every camp word, its Russian, and its plain meaning. */
function vocabulary(entries: readonly GlossaryEntry[]): HTMLElement[] {
  if (entries.length === 0) return [];
  const sorted = entries.toSorted((a, b) => a.term.localeCompare(b.term));
  return [
    h('h2', { text: 'Vocabulary: camp words' }),
    h('p', { text: 'The words students meet in the story, as the game’s glossary explains them. Print this page to hand them out.' }),
    h(
      'dl',
      { class: 'guide-vocabulary' },
      ...sorted.flatMap((entry) => [
        h('dt', {}, entry.term, entry.russian ? h('span', { class: 'guide-russian', lang: 'ru', text: ` (${entry.russian})` }) : null),
        h('dd', { text: typeset(entry.definition) }),
      ]),
    ),
  ];
}

/**
 * The teacher's guide as a page: headings, paragraphs and lists as text (never as markup), with a
 * "Source" button after every paragraph that states history, and the bibliography at the end.
 * It prints cleanly (the print stylesheet hides the game around it).
 */
export function buildGuide(container: HTMLElement, actions: GuideActions): void {
  const blocks = parseGuide(guideText);
  const out: HTMLElement[] = [];
  let list: HTMLElement | null = null;
  const withSource = (element: HTMLElement, block: GuideBlock): HTMLElement => {
    if (block.facts.length > 0) {
      element.append(
        ' ',
        button('Source', (event) => actions.openFacts(block.facts, event.currentTarget as HTMLElement), {
          class: 'source',
          'aria-haspopup': 'dialog',
          'aria-label': 'Source for this paragraph',
        }),
      );
    }
    return element;
  };
  for (const block of blocks) {
    if (block.kind !== 'item') list = null;
    switch (block.kind) {
      case 'title':
        // The page's own heading is the title.
        break;
      case 'section':
        out.push(h('h2', { text: typeset(block.text) }));
        break;
      case 'subsection':
        out.push(h('h3', { text: typeset(block.text) }));
        break;
      case 'paragraph':
        out.push(withSource(h('p', { text: typeset(block.text) }), block));
        break;
      case 'item':
        if (list === null) {
          list = h('ul', {});
          out.push(list);
        }
        list.append(withSource(h('li', { text: typeset(block.text) }), block));
        break;
    }
  }
  const sources = h('div', { class: 'guide-sources' });
  actions.appendSources(sources);
  container.append(
    h(
      'div',
      { class: 'guide-actions page-actions' },
      button('Print this guide', () => window.print()),
    ),
    ...out,
    ...vocabulary(actions.glossary),
    sources,
  );
}
