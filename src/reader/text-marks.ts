/**
 * Pure text helpers for the story view: marking glossary terms inside a line, typesetting, and the
 * schedule by which lines appear.
 */

/** A run of a line's text; `term` is the glossary id when the run is a marked term. */
export interface TextSegment {
  readonly text: string;
  readonly term: string | null;
}

/** A glossary term and the spellings it may take in the text. */
export interface TermForms {
  readonly id: string;
  readonly forms: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Splits `text` so that the first appearance of each term (any of its forms, whole words, any case)
 * becomes its own segment. Terms that do not appear are left out; overlapping matches keep the first.
 * @example markTerms('the vagonki creak', [{ id: 'vagonki', forms: ['vagonki'] }])
 *   // [{ text: 'the ', term: null }, { text: 'vagonki', term: 'vagonki' }, { text: ' creak', term: null }]
 */
export function markTerms(text: string, terms: readonly TermForms[]): readonly TextSegment[] {
  const matches: { start: number; end: number; id: string }[] = [];
  for (const term of terms) {
    // Longest forms first, so "lagpunkts" is not cut to "lagpunkt".
    const forms = term.forms.filter((f) => f.trim().length > 0).toSorted((a, b) => b.length - a.length);
    if (forms.length === 0) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    const found = pattern.exec(text);
    if (found) matches.push({ start: found.index, end: found.index + found[0].length, id: term.id });
  }
  matches.sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.start < at) continue;
    if (match.start > at) segments.push({ text: text.slice(at, match.start), term: null });
    segments.push({ text: text.slice(match.start, match.end), term: match.id });
    at = match.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), term: null });
  return segments;
}

/**
 * The reveal's clock: each line of the story starts when the characters before it would have been
 * "typed", with a short pause between lines, so the text arrives at the chosen speed a paragraph at
 * a time. With 0 ms per character everything starts at once.
 */
export class RevealClock {
  private elapsed = 0;

  constructor(
    private readonly msPerChar: number,
    private readonly linePauseMs: number = msPerChar * 18,
  ) {}

  /** The delay before a line of `text` appears, in ms; advances the clock past it and the pause after it. */
  line(text: string): number {
    const start = this.elapsed;
    this.elapsed += text.replace(/\s+/g, '').length * this.msPerChar + this.linePauseMs;
    return start;
  }

  /** When the last line has been "typed" (the choices appear then), in ms. */
  get total(): number {
    return Math.max(0, this.elapsed - this.linePauseMs);
  }
}

/**
 * Book typography for display: straight quotes become curly ones, `--` an en dash and `...` an
 * ellipsis. The story's own text (and what is read aloud) is unchanged.
 * @example typeset(`"I'll remember," he says.`) // “I’ll remember,” he says.
 */
export function typeset(text: string): string {
  return (
    text
      .replace(/(^|[\s([{\u2014\u2013-])"/gu, '$1\u201c')
      .replace(/"/g, '\u201d')
      // An apostrophe opens a quote only after a space, a bracket or a dash; inside a word (men's) or after
      // one it is a closing one. (No \p{L} classes: compiling them cost more than the rest at start-up.)
      .replace(/(^|[\s([{\u2014\u2013-])'/gu, '$1\u2018')
      .replace(/'/g, '\u2019')
      .replace(/\.\.\./g, '\u2026')
      .replace(/ -- /g, ' \u2013 ')
  );
}
