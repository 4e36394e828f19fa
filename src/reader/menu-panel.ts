import { button, h } from './dom.ts';

/** An entry of the in-game menu. */
export interface MenuItem {
  readonly label: string;
  readonly action: () => void;
  readonly disabled?: boolean;
}

/** The in-game menu (Escape): a list of real buttons. */
export function buildMenu(body: HTMLElement, items: readonly MenuItem[]): void {
  body.append(
    h(
      'ul',
      { class: 'menu-list' },
      ...items.map((item) => h('li', {}, button(item.label, item.action, { class: 'menu-item', disabled: item.disabled ?? false }))),
    ),
  );
}
