import { describe, expect, it } from 'vitest';
import { keyAction, type KeyContext, type KeyInput } from '../../../src/reader/keyboard.ts';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inEditable: false,
  isComposing: false,
  ...extra,
});
const playing: KeyContext = { playing: true, dialogOpen: false, revealing: false };

describe('the keyboard map', () => {
  it('chooses with 1–9', () => {
    for (let n = 1; n <= 9; n++) expect(keyAction(key(String(n)), playing)).toEqual({ kind: 'choose', number: n });
    expect(keyAction(key('0'), playing)).toEqual({ kind: 'none' });
  });

  it('opens the menu with Escape and goes back with Backspace', () => {
    expect(keyAction(key('Escape'), playing)).toEqual({ kind: 'menu' });
    expect(keyAction(key('Backspace'), playing)).toEqual({ kind: 'back' });
  });

  it('leaves Enter, Space and Tab to the browser when no text is appearing', () => {
    for (const k of ['Enter', ' ', 'Tab', 'ArrowDown', 'a']) expect(keyAction(key(k), playing)).toEqual({ kind: 'none' });
  });

  it('shows appearing text at once on the first key instead of choosing', () => {
    const revealing = { ...playing, revealing: true };
    for (const k of ['1', '5', 'Enter', ' ']) expect(keyAction(key(k), revealing)).toEqual({ kind: 'complete' });
    expect(keyAction(key('Tab'), revealing)).toEqual({ kind: 'none' });
    expect(keyAction(key('Escape'), revealing)).toEqual({ kind: 'menu' });
  });

  it('does nothing while a dialog is open (it handles Escape itself), off the story, or with modifiers', () => {
    expect(keyAction(key('Escape'), { ...playing, dialogOpen: true })).toEqual({ kind: 'none' });
    expect(keyAction(key('1'), { ...playing, dialogOpen: true })).toEqual({ kind: 'none' });
    expect(keyAction(key('1'), { ...playing, playing: false })).toEqual({ kind: 'none' });
    expect(keyAction(key('1', { ctrlKey: true }), playing)).toEqual({ kind: 'none' });
    expect(keyAction(key('Backspace', { altKey: true }), playing)).toEqual({ kind: 'none' });
    expect(keyAction(key('1', { isComposing: true }), playing)).toEqual({ kind: 'none' });
  });

  it('leaves typing in a text field alone', () => {
    expect(keyAction(key('Backspace', { inEditable: true }), playing)).toEqual({ kind: 'none' });
    expect(keyAction(key('3', { inEditable: true }), playing)).toEqual({ kind: 'none' });
  });
});
