import { SaveError } from '../engine/errors.ts';
import { parseSave, type SaveData } from '../engine/save.ts';
import { readFileText } from '../platform/files.ts';
import { button, h, uniqueId } from './dom.ts';
import { formatSavedAt } from './labels.ts';
import { SLOT_IDS, slotName, type SaveSlots, type SaveWriteResult, type SlotId } from './save-slots.ts';

export interface SavesPanelActions {
  /** Whether a game is in progress (so it can be saved into a slot). */
  readonly canSave: boolean;
  saveTo(slot: SlotId): SaveWriteResult;
  load(save: SaveData): void;
  /** Offers text as a file download; false when the browser refused. */
  exportText(text: string, fileName: string): boolean;
}

const WRITE_FAILED: Record<string, string> = {
  full: 'Could not save: the storage on this device is full. Export a save file instead.',
  off: 'Could not save: storage is turned off in this browser. Export a save file instead.',
  missing: 'Could not save: this browser has no storage. Export a save file instead.',
  failed: 'Could not save: the browser’s storage did not work. Export a save file instead.',
  damaged: 'Could not save into this slot: it holds saves that cannot be read, which are kept as they are.',
};

/** The save and load screen: the autosave, three slots, import and export, and any damaged saves. */
export function buildSavesPanel(body: HTMLElement, slots: SaveSlots, actions: SavesPanelActions): void {
  const status = h('p', { class: 'saves-status', role: 'status' });
  const alert = h('p', { class: 'saves-alert', role: 'alert' });
  const list = h('div', { class: 'saves-list' });
  const say = (message: string, problem = false): void => {
    (problem ? alert : status).textContent = message;
    (problem ? status : alert).textContent = '';
  };

  const fileInputId = uniqueId('import-file');
  const fileInput = h('input', {
    type: 'file',
    id: fileInputId,
    accept: '.json,application/json',
    hidden: true,
    'aria-label': 'Save file to import',
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const read = await readFileText(file);
    if (!read.ok) return say(read.message, true);
    let save: SaveData;
    try {
      save = parseSave(read.text);
    } catch (error) {
      const message = error instanceof SaveError ? error.message : 'The file cannot be read as a save.';
      return say(`${message} Nothing on this device was changed.`, true);
    }
    actions.load(save);
  });

  const render = (): void => {
    const rows = SLOT_IDS.map((slot) => {
      const latest = slots.latest(slot);
      const titleId = uniqueId('slot');
      const buttons: HTMLElement[] = [];
      if (slot !== 'auto' && actions.canSave) {
        buttons.push(
          button(
            'Save here',
            () => {
              const result = actions.saveTo(slot);
              if (result.ok) say(`Saved in ${slotName(slot)}.`);
              else say(WRITE_FAILED[result.problem] ?? WRITE_FAILED.failed!, true);
              render();
            },
            { 'aria-describedby': titleId },
          ),
        );
      }
      if (latest) {
        buttons.push(button('Load', () => actions.load(latest.save), { 'aria-describedby': titleId }));
        buttons.push(
          button(
            'Export',
            () => {
              const ok = actions.exportText(latest.text, exportName(slot, latest.save.savedAt));
              say(ok ? `${slotName(slot)} exported as a file.` : 'The browser did not allow the download.', !ok);
            },
            { 'aria-describedby': titleId },
          ),
        );
        if (slot !== 'auto') {
          buttons.push(
            button(
              'Clear',
              () => {
                slots.clear(slot);
                say(`${slotName(slot)} is empty now.`);
                render();
              },
              { 'aria-describedby': titleId },
            ),
          );
        }
      }
      return h(
        'section',
        { class: 'save-slot', 'aria-labelledby': titleId },
        h('h3', { id: titleId, class: 'save-slot-title', text: slotName(slot) }),
        h(
          'p',
          { class: 'save-slot-detail' },
          latest
            ? `${latest.save.label || 'A saved story'} · saved ${formatSavedAt(latest.save.savedAt)}`
            : slot === 'auto'
              ? 'Nothing yet.'
              : 'Empty.',
        ),
        h('div', { class: 'save-slot-actions' }, ...buttons),
      );
    });

    const damaged = slots.damaged();
    const damagedSection =
      damaged.length === 0
        ? null
        : h(
            'section',
            { class: 'saves-damaged', 'aria-labelledby': 'damaged-title' },
            h('h3', { id: 'damaged-title', text: 'Saves that cannot be read' }),
            h('p', { text: 'These are kept exactly as they are. You can export them as files, for example to ask for help.' }),
            h(
              'ul',
              {},
              ...damaged.map((entry, i) =>
                h(
                  'li',
                  {},
                  h('p', { text: `${slotName(entry.slot)}: ${entry.message}` }),
                  button(`Export as it is`, () => {
                    const ok = actions.exportText(entry.text, `forty-days-unreadable-save-${i + 1}.json`);
                    say(ok ? 'The unreadable save was exported as it is.' : 'The browser did not allow the download.', !ok);
                  }),
                ),
              ),
            ),
          );

    list.replaceChildren(...rows, damagedSection ?? '');
  };
  render();

  body.append(
    list,
    h(
      'div',
      { class: 'saves-import' },
      fileInput,
      button('Import a save file…', () => fileInput.click()),
      h('p', { class: 'setting-hint', text: 'A save file holds only the story version and your choices.' }),
    ),
    status,
    alert,
  );
}

function exportName(slot: SlotId, savedAt: string): string {
  const stamp = savedAt.slice(0, 16).replace(/[:T]/g, '-');
  return `forty-days-${slot === 'auto' ? 'autosave' : `slot-${slot}`}-${stamp}.json`;
}
