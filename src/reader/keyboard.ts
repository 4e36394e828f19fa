/**
 * The keyboard map of the reader, as a pure function of the key and the reader's state, so it can be
 * tested without a DOM. Enter and Space on a focused choice are left to the browser (a real button).
 */

/** What a key press asks the reader to do. */
export type KeyAction =
  | { readonly kind: 'choose'; readonly number: number }
  | { readonly kind: 'menu' }
  | { readonly kind: 'back' }
  | { readonly kind: 'complete' }
  | { readonly kind: 'none' };

/** The facts about a key press that the map needs. */
export interface KeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** The focus is in a text field, a select or an editable element: keys belong to it. */
  readonly inEditable: boolean;
  /** An IME composition is in progress. */
  readonly isComposing: boolean;
}

/** The reader's state when the key is pressed. */
export interface KeyContext {
  /** The story is on screen (not the title, a page, or the error screen). */
  readonly playing: boolean;
  /** A dialog is open; it handles its own keys (the browser closes it on Escape). */
  readonly dialogOpen: boolean;
  /** New text is still appearing (typewriter). */
  readonly revealing: boolean;
}

const NONE: KeyAction = { kind: 'none' };

/**
 * Maps a key press to a reader action.
 * - 1–9: make that choice (while text is appearing, the first key shows it all instead)
 * - Escape: open the menu (a dialog closes itself)
 * - Backspace: go back one choice
 * - Enter or Space while text is appearing: show it all
 */
export function keyAction(input: KeyInput, context: KeyContext): KeyAction {
  if (input.ctrlKey || input.metaKey || input.altKey || input.isComposing) return NONE;
  if (!context.playing || context.dialogOpen) return NONE;
  if (input.key === 'Escape') return { kind: 'menu' };
  if (input.inEditable) return NONE;
  const isDigit = /^[1-9]$/.test(input.key);
  if (context.revealing && (isDigit || input.key === 'Enter' || input.key === ' ')) return { kind: 'complete' };
  if (isDigit) return { kind: 'choose', number: Number(input.key) };
  if (input.key === 'Backspace') return { kind: 'back' };
  return NONE;
}
