import { h, uniqueId } from './dom.ts';
import {
  LINE_SPACINGS,
  SETTING_LABELS,
  TEXT_SIZES,
  TEXT_SPEEDS,
  THEMES,
  type LineSpacing,
  type Settings,
  type TextSize,
  type TextSpeed,
  type Theme,
} from './settings.ts';

/** Builds the settings form; every change applies at once through `change`. */
export function buildSettingsPanel(
  body: HTMLElement,
  settings: Settings,
  change: (next: Settings) => void,
  options: { readonly speechAvailable: boolean },
): void {
  let current = settings;
  const update = (patch: Partial<Settings>): void => {
    current = { ...current, ...patch };
    change(current);
  };

  const radios = <T extends string>(
    legend: string,
    name: string,
    values: readonly T[],
    labels: Record<T, string>,
    value: T,
    set: (v: T) => void,
  ): HTMLElement =>
    h(
      'fieldset',
      { class: 'setting setting--choices' },
      h('legend', { text: legend }),
      h(
        'div',
        { class: 'setting-options' },
        ...values.map((v) => {
          const id = uniqueId(name);
          const input = h('input', { type: 'radio', name, id, value: v, checked: v === value, onchange: () => set(v) });
          return h('label', { class: 'option', for: id }, input, h('span', { text: labels[v] }));
        }),
      ),
    );

  const toggle = (label: string, name: string, value: boolean, set: (v: boolean) => void, hint?: string, disabled = false): HTMLElement => {
    const id = uniqueId(name);
    const hintId = hint ? uniqueId(`${name}-hint`) : null;
    const input = h('input', {
      type: 'checkbox',
      id,
      name,
      checked: value,
      disabled,
      'aria-describedby': hintId,
      onchange: (event) => set((event.currentTarget as HTMLInputElement).checked),
    });
    return h(
      'div',
      { class: 'setting setting--toggle' },
      h('label', { class: 'toggle', for: id }, input, h('span', { text: label })),
      hint ? h('p', { class: 'setting-hint', id: hintId, text: hint }) : null,
    );
  };

  body.append(
    h(
      'form',
      { class: 'settings', onsubmit: (event) => event.preventDefault() },
      radios<TextSize>('Text size', 'text-size', TEXT_SIZES, SETTING_LABELS.textSize, current.textSize, (textSize) => update({ textSize })),
      radios<LineSpacing>('Line spacing', 'line-spacing', LINE_SPACINGS, SETTING_LABELS.lineSpacing, current.lineSpacing, (lineSpacing) =>
        update({ lineSpacing }),
      ),
      radios<Theme>('Colours', 'theme', THEMES, SETTING_LABELS.theme, current.theme, (theme) => update({ theme })),
      radios<TextSpeed>('Text speed', 'text-speed', TEXT_SPEEDS, SETTING_LABELS.textSpeed, current.textSpeed, (textSpeed) =>
        update({ textSpeed }),
      ),
      toggle('Dyslexia-friendly font (OpenDyslexic)', 'dyslexic-font', current.dyslexicFont, (dyslexicFont) => update({ dyslexicFont })),
      toggle(
        'Reduce motion',
        'reduced-motion',
        current.reducedMotion,
        (reducedMotion) => update({ reducedMotion }),
        'Text appears at once and the scenes stay still.',
      ),
      toggle(
        'Read new text aloud',
        'read-aloud',
        current.readAloud,
        (readAloud) => update({ readAloud }),
        options.speechAvailable
          ? 'Uses your browser’s own voice. Reading stops when you choose.'
          : 'This browser has no speech voice, so reading aloud is not available.',
        !options.speechAvailable,
      ),
      toggle(
        'Class vote mode (for a class on a projector)',
        'class-votes',
        current.classVotes,
        (classVotes) => update({ classVotes }),
        'At marked decisions the screen shows a class vote: the case for each option, a tally for a show of hands, and what the people of Kengir did.',
      ),
      h('p', { class: 'settings-sample', text: 'By April the snow has gone, and the steppe is green for a few weeks.' }),
    ),
  );
}
