import { SaveError } from '../engine/errors.ts';
import { parseSave, serialiseSave, type SaveData } from '../engine/save.ts';
import type { SafeStorage, StorageProblem } from '../platform/storage.ts';

/** The autosave and the three save slots. */
export const SLOT_IDS = ['auto', '1', '2', '3'] as const;
export type SlotId = (typeof SLOT_IDS)[number];

/** The slots the player saves into by hand. */
export const MANUAL_SLOTS = ['1', '2', '3'] as const satisfies readonly SlotId[];

/** What the player sees as a slot's name. */
export function slotName(slot: SlotId): string {
  return slot === 'auto' ? 'Autosave' : `Slot ${slot}`;
}

const SAVE_KEY_PREFIX = 'save:';

/**
 * Each slot has two keys. A save is written to the first key that is empty or holds a readable
 * save, so a damaged save is never overwritten: it stays byte for byte where it was, and the slot
 * goes on working in its other key. Reading a slot takes its newest readable save.
 */
export function slotKeys(slot: SlotId): readonly [string, string] {
  return [`${SAVE_KEY_PREFIX}${slot}`, `${SAVE_KEY_PREFIX}${slot}:b`];
}

function slotOfKey(key: string): SlotId | null {
  if (!key.startsWith(SAVE_KEY_PREFIX)) return null;
  const id = key.slice(SAVE_KEY_PREFIX.length).replace(/:b$/, '');
  return (SLOT_IDS as readonly string[]).includes(id) ? (id as SlotId) : null;
}

/** A readable save found in storage. */
export interface GoodSave {
  readonly status: 'ok';
  readonly slot: SlotId;
  readonly key: string;
  readonly save: SaveData;
  readonly text: string;
}

/** A save in storage that cannot be read. It is kept as it is and can be exported. */
export interface DamagedSave {
  readonly status: 'damaged';
  readonly slot: SlotId;
  readonly key: string;
  readonly text: string;
  /** Why it cannot be read, for people. */
  readonly message: string;
}

export type StoredSave = GoodSave | DamagedSave;

/** The result of writing a save. */
export type SaveWriteResult =
  { readonly ok: true; readonly key: string } | { readonly ok: false; readonly problem: StorageProblem | 'damaged' };

function readEntry(slot: SlotId, key: string, text: string): StoredSave {
  try {
    return { status: 'ok', slot, key, save: parseSave(text), text };
  } catch (error) {
    const message = error instanceof SaveError ? error.message : 'The save cannot be read.';
    return { status: 'damaged', slot, key, text, message };
  }
}

/** The save slots over a {@link SafeStorage}. Never throws; a storage problem is a result. */
export class SaveSlots {
  constructor(private readonly storage: SafeStorage) {}

  /** Both keys of a slot, as found. */
  entries(slot: SlotId): readonly StoredSave[] {
    const found: StoredSave[] = [];
    for (const key of slotKeys(slot)) {
      const result = this.storage.read(key);
      if (result.ok && result.value !== null) found.push(readEntry(slot, key, result.value));
    }
    return found;
  }

  /** The slot's newest readable save, or null. */
  latest(slot: SlotId): GoodSave | null {
    let best: GoodSave | null = null;
    for (const entry of this.entries(slot)) {
      if (entry.status === 'ok' && (best === null || entry.save.savedAt > best.save.savedAt)) best = entry;
    }
    return best;
  }

  /** Every damaged save of this game in storage, slot by slot. */
  damaged(): readonly DamagedSave[] {
    const keys = this.storage.keys();
    if (!keys.ok) return [];
    const damaged: DamagedSave[] = [];
    for (const key of keys.value.toSorted()) {
      const slot = slotOfKey(key);
      if (slot === null) continue;
      const text = this.storage.read(key);
      if (!text.ok || text.value === null) continue;
      const entry = readEntry(slot, key, text.value);
      if (entry.status === 'damaged') damaged.push(entry);
    }
    return damaged;
  }

  /** Writes a save into a slot, never over a damaged save. */
  write(slot: SlotId, save: SaveData): SaveWriteResult {
    const text = serialiseSave(save);
    const usable = slotKeys(slot).filter((key) => {
      const current = this.storage.read(key);
      if (!current.ok) return true;
      return current.value === null || readEntry(slot, key, current.value).status === 'ok';
    });
    const key = usable[0];
    if (key === undefined) return { ok: false, problem: 'damaged' };
    const written = this.storage.write(key, text);
    if (!written.ok) return { ok: false, problem: written.problem };
    // The other key may hold an older good save of this slot; it must not win over this one.
    for (const other of usable.slice(1)) this.storage.remove(other);
    return { ok: true, key };
  }

  /** Empties a slot's readable saves. Damaged saves are kept. */
  clear(slot: SlotId): void {
    for (const entry of this.entries(slot)) if (entry.status === 'ok') this.storage.remove(entry.key);
  }

  /** The raw text stored under a key (for exporting a save exactly as it is), or null. */
  rawText(key: string): string | null {
    const result = this.storage.read(key);
    return result.ok ? result.value : null;
  }
}
