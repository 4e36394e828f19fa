import { describe, expect, it } from 'vitest';
import { makeSave, serialiseSave, type SaveData } from '../../../src/engine/save.ts';
import { createSafeStorage, STORAGE_PREFIX } from '../../../src/platform/storage.ts';
import { SaveSlots, slotKeys, slotName } from '../../../src/reader/save-slots.ts';
import { domError, FakeStorage } from '../platform/fake-storage.ts';

function save(steps: number, at: string): SaveData {
  return makeSave(
    { storyHash: 'abc', seed: 1, entry: null, steps: Array.from({ length: steps }, (_, i) => ({ index: 0, text: `choice ${i}` })) },
    `after ${steps}`,
    new Date(at),
  );
}

function setup(): { fake: FakeStorage; slots: SaveSlots } {
  const fake = new FakeStorage();
  return { fake, slots: new SaveSlots(createSafeStorage(() => fake)) };
}

const key = (k: string): string => STORAGE_PREFIX + k;

describe('save slots', () => {
  it('names the autosave and three slots', () => {
    expect(slotName('auto')).toBe('Autosave');
    expect(slotName('2')).toBe('Slot 2');
  });

  it('writes and reads back the newest save of a slot', () => {
    const { slots } = setup();
    expect(slots.latest('auto')).toBeNull();
    expect(slots.write('auto', save(1, '2026-01-01T10:00:00Z'))).toEqual({ ok: true, key: 'save:auto' });
    expect(slots.write('auto', save(2, '2026-01-01T10:01:00Z'))).toEqual({ ok: true, key: 'save:auto' });
    expect(slots.latest('auto')?.save.run.steps).toHaveLength(2);
    expect(slots.latest('1')).toBeNull();
    slots.write('1', save(5, '2026-01-01T11:00:00Z'));
    expect(slots.latest('1')?.save.label).toBe('after 5');
  });

  it('never overwrites or deletes a damaged save; the slot goes on in its other key', () => {
    const { fake, slots } = setup();
    const [primary, other] = slotKeys('auto');
    fake.data.set(key(primary), '{"format":1,"run":{"storyHash":');
    expect(slots.latest('auto')).toBeNull();
    const damaged = slots.damaged();
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatchObject({ slot: 'auto', key: primary, text: '{"format":1,"run":{"storyHash":' });
    expect(damaged[0]!.message).toMatch(/not a save file|cannot be read/i);

    expect(slots.write('auto', save(3, '2026-01-02T09:00:00Z'))).toEqual({ ok: true, key: other });
    expect(slots.write('auto', save(4, '2026-01-02T09:05:00Z'))).toEqual({ ok: true, key: other });
    expect(fake.data.get(key(primary))).toBe('{"format":1,"run":{"storyHash":');
    expect(slots.latest('auto')?.save.run.steps).toHaveLength(4);

    slots.clear('auto');
    expect(fake.data.get(key(primary))).toBe('{"format":1,"run":{"storyHash":');
    expect(slots.rawText(primary)).toBe('{"format":1,"run":{"storyHash":');
  });

  it('refuses to write a slot whose two keys are both damaged', () => {
    const { fake, slots } = setup();
    for (const k of slotKeys('2')) fake.data.set(key(k), 'garbage');
    expect(slots.write('2', save(1, '2026-01-01T00:00:00Z'))).toEqual({ ok: false, problem: 'damaged' });
    expect(slots.damaged().map((d) => d.key)).toEqual(['save:2', 'save:2:b']);
  });

  it('keeps one good save per slot: an older copy in the other key is removed, not preferred', () => {
    const { fake, slots } = setup();
    const [primary, other] = slotKeys('3');
    fake.data.set(key(other), serialiseSave(save(9, '2030-01-01T00:00:00Z')));
    slots.write('3', save(1, '2026-01-01T00:00:00Z'));
    expect(fake.data.has(key(other))).toBe(false);
    expect(slots.latest('3')).toMatchObject({ key: primary });
  });

  it('reports a storage failure as a result', () => {
    const { fake, slots } = setup();
    fake.failWrites = domError('QuotaExceededError', 22);
    expect(slots.write('auto', save(1, '2026-01-01T00:00:00Z'))).toEqual({ ok: false, problem: 'full' });
  });

  it('ignores keys that are not saves', () => {
    const { fake, slots } = setup();
    fake.data.set(key('settings'), 'not json');
    fake.data.set(key('save:unknown'), 'not json');
    expect(slots.damaged()).toEqual([]);
  });
});
