import { factCard, type FactCard } from '../history/fact-card.ts';
import type { Registry } from '../history/registry.ts';
import { h } from './dom.ts';
import { typeset } from './text-marks.ts';

/** The fact cards of one line: the claim, its status in plain words, versions and sources. */
export function buildFactCards(body: HTMLElement, registry: Registry | null, factIds: readonly string[]): void {
  if (registry === null) {
    body.append(h('p', { text: 'The sources could not be loaded. The story works without them.' }));
    return;
  }
  for (const id of factIds) {
    let card: FactCard;
    try {
      card = factCard(registry, id);
    } catch {
      body.append(h('p', { class: 'fact-missing', text: `This line cites a fact (“${id}”) that is not in the registry yet.` }));
      continue;
    }
    body.append(renderCard(card));
  }
}

function renderCard(card: FactCard): HTMLElement {
  return h(
    'section',
    { class: `fact-card fact-card--${card.status}`, 'data-fact': card.id },
    h('h3', { class: 'fact-claim', text: typeset(card.claim) }),
    h('p', { class: 'fact-status', 'data-status': card.status, text: card.statusLabel }),
    card.versions.length > 0
      ? h(
          'div',
          { class: 'fact-versions' },
          h('h4', { text: 'What the sources say' }),
          h(
            'ul',
            {},
            ...card.versions.map((v) =>
              h('li', {}, h('p', { text: typeset(v.says) }), h('p', { class: 'fact-cite', text: `— ${v.citations.join('; ')}` })),
            ),
          ),
        )
      : null,
    h(
      'div',
      { class: 'fact-sources' },
      h('h4', { text: card.sources.length === 1 ? 'Source' : 'Sources' }),
      h(
        'ul',
        {},
        ...card.sources.map((s) =>
          h(
            'li',
            {},
            h('span', { class: 'source-citation', text: s.citation }),
            ' ',
            h('span', { class: 'source-kind', text: `(${s.kindLabel})` }),
            s.note ? h('span', { class: 'source-note', text: ` ${typeset(s.note)}` }) : null,
            s.address ? h('span', { class: 'source-address', text: ` ${s.address}` }) : null,
          ),
        ),
      ),
    ),
  );
}
