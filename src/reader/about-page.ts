import { formatCitation, SOURCE_KIND_LABELS } from '../history/fact-card.ts';
import type { Registry, Source, SourceKind } from '../history/registry.ts';
import type { OfflineStatus } from '../platform/offline.ts';
import { h } from './dom.ts';

type Level = 2 | 3;

function heading(level: Level | 4, text: string, id?: string): HTMLHeadingElement {
  return h(level === 2 ? 'h2' : level === 3 ? 'h3' : 'h4', { text, id });
}

/** The works the facts rest on, grouped by kind. */
function sourcesSection(registry: Registry | null, level: Level): HTMLElement {
  const section = h(
    'section',
    { class: 'about-sources', 'aria-labelledby': 'about-sources-title' },
    heading(level, 'Sources', 'about-sources-title'),
  );
  if (registry === null) {
    section.append(h('p', { text: 'The list of sources could not be loaded.' }));
    return section;
  }
  section.append(
    h('p', {
      text: 'Every historical claim in the story is tied to a fact in the game’s registry, and every fact to the works below. Where sources disagree, the story says who said what.',
    }),
  );
  const byKind = new Map<SourceKind, Source[]>();
  for (const source of registry.sources) byKind.set(source.kind, [...(byKind.get(source.kind) ?? []), source]);
  for (const [kind, sources] of byKind) {
    section.append(
      heading(level === 2 ? 3 : 4, SOURCE_KIND_LABELS[kind]),
      h(
        'ul',
        { class: 'source-list' },
        ...sources.map((s) =>
          h(
            'li',
            {},
            h('span', { class: 'source-citation', text: formatCitation(s) }),
            s.note ? h('span', { class: 'source-note', text: ` ${s.note}` }) : null,
            s.address ? h('span', { class: 'source-address', text: ` ${s.address}` }) : null,
          ),
        ),
      ),
    );
  }
  return section;
}

export const OFFLINE_TEXT: Record<OfflineStatus, string> = {
  ready: 'This browser keeps a copy of the game at this address: it opens and plays without a network.',
  saving: 'This browser is saving a copy of the game, so that it can open without a network. It takes a moment on the first visit.',
  unavailable:
    'This browser cannot keep an offline copy of the game at this address. For a class without a network, use the one-file version of the game, which opens from a USB stick or a learning platform.',
};

/** Whether the game opens without a network here; filled in when the browser answers. */
function offlineSection(status: Promise<OfflineStatus> | null, level: Level): HTMLElement {
  const text = h('p', { class: 'about-offline-status', text: status ? 'Checking…' : OFFLINE_TEXT.unavailable });
  void status?.then(
    (known) => (text.textContent = OFFLINE_TEXT[known]),
    () => (text.textContent = OFFLINE_TEXT.unavailable),
  );
  return h(
    'section',
    { class: 'about-offline', 'aria-labelledby': 'about-offline-title' },
    heading(level, 'Playing offline', 'about-offline-title'),
    text,
    h('p', { text: 'Saved games stay in this browser either way.' }),
  );
}

/** The "About & sources" content: the game, how history is handled, sources, credits, privacy, offline play. */
export function buildAbout(
  container: HTMLElement,
  registry: Registry | null,
  level: Level,
  offline: Promise<OfflineStatus> | null = null,
): void {
  container.append(
    h(
      'section',
      { class: 'about-intro', 'aria-labelledby': 'about-game-title' },
      heading(level, 'The game', 'about-game-title'),
      h('p', {
        text: 'Forty Days follows a prisoner through the Kengir uprising of 1954. In May of that year the prisoners of a Soviet labour camp in Kazakhstan broke down the walls between its sections and ran the camp themselves for forty days, until troops and tanks ended the uprising at dawn on 26 June.',
      }),
      h('p', {
        text: 'The people closest to the player are invented, each standing for people who were there. Their choices change their own fate, never the historical record. Real people are marked as historical wherever they speak.',
      }),
      h('p', {
        text: 'Lines that state history carry a “Source” button that shows the claim, how sure the sources are, and where it comes from.',
      }),
    ),
    sourcesSection(registry, level),
    h(
      'section',
      { class: 'about-credits', 'aria-labelledby': 'about-credits-title' },
      heading(level, 'Credits', 'about-credits-title'),
      h(
        'ul',
        {},
        h('li', { text: 'Story engine: ink and inkjs by inkle and contributors (MIT licence).' }),
        h('li', { text: 'Story type: Literata by TypeTogether (SIL Open Font Licence).' }),
        h('li', { text: 'Interface type: Atkinson Hyperlegible Next by the Braille Institute (SIL Open Font Licence).' }),
        h('li', { text: 'Dyslexia-friendly type: OpenDyslexic by Abbie Gonzalez (SIL Open Font Licence).' }),
        h('li', { text: 'Scenes: Phaser by Phaser Studio (MIT licence).' }),
      ),
    ),
    h(
      'section',
      { class: 'about-privacy', 'aria-labelledby': 'about-privacy-title' },
      heading(level, 'Privacy', 'about-privacy-title'),
      h('p', {
        text: 'The game keeps your settings, your saved games and which endings and scenes you have found in this browser, and nothing else. It sends nothing anywhere: no accounts, no names, no tracking. A save file holds only the story version and your choices.',
      }),
    ),
    offlineSection(offline, level),
  );
}
