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
 * A letter or digit just before or just after a match: then it is part of a longer word, not the term.
 * Any case, as the forms are matched (which also counts a mark that folds to a letter, U+0345).
 */
const LETTER_BEFORE = /[\p{L}\p{N}]$/iu;
const LETTER_AFTER = /^[\p{L}\p{N}]/iu;

/** How one term is searched for: every form at once, to find where one starts, and each form alone, longest first. */
interface TermPattern {
  readonly anyForm: RegExp;
  readonly eachForm: readonly RegExp[];
}

/**
 * Patterns by term, made once per page: a pattern with Unicode classes in it costs about half a
 * millisecond to make (several on a slow machine, for every term of every beat), so the classes
 * are two patterns shared by all terms, and each term's patterns are plain ones, kept.
 */
const patterns = new Map<string, TermPattern | null>();

function termPattern(term: TermForms): TermPattern | null {
  const key = JSON.stringify(term.forms);
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    // Longest forms first, so "lagpunkts" is not cut to "lagpunkt".
    const forms = term.forms.filter((f) => f.trim().length > 0).toSorted((a, b) => b.length - a.length);
    pattern =
      forms.length === 0
        ? null
        : {
            anyForm: new RegExp(forms.map(escapeRegExp).join('|'), 'giu'),
            eachForm: forms.map((form) => new RegExp(escapeRegExp(form), 'iuy')),
          };
    patterns.set(key, pattern);
  }
  return pattern;
}

/** Where the first whole-word appearance of any of the term's forms is in `text` (any case), or null. */
function findTerm(text: string, pattern: TermPattern): { start: number; end: number } | null {
  const { anyForm, eachForm } = pattern;
  anyForm.lastIndex = 0;
  for (let found = anyForm.exec(text); found; found = anyForm.exec(text)) {
    const start = found.index;
    if (!LETTER_BEFORE.test(text.slice(Math.max(0, start - 2), start))) {
      // The longest form that starts here and ends a word (a shorter one may, where a longer one runs on).
      for (const form of eachForm) {
        form.lastIndex = start;
        const match = form.exec(text);
        if (!match) continue;
        const end = start + match[0].length;
        if (!LETTER_AFTER.test(text.slice(end, end + 2))) return { start, end };
      }
    }
    // On from the next character (a whole one: the pattern reads characters, not halves of one).
    anyForm.lastIndex = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
  }
  return null;
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
    const pattern = termPattern(term);
    const found = pattern && findTerm(text, pattern);
    if (found) matches.push({ ...found, id: term.id });
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
