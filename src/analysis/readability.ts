/**
 * Flesch–Kincaid grade level of English prose:
 * 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
 * Syllables are counted by vowel groups with the usual English corrections; the figure is an
 * estimate, as every readability formula is, and it is reported over the whole text.
 */

/** Estimates the syllables in one English word. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** The figures behind a readability score. */
export interface Readability {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  readonly grade: number;
}

/** Computes the Flesch–Kincaid grade of a list of text passages (each passage ends a sentence). */
export function fleschKincaid(passages: readonly string[]): Readability {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const passage of passages) {
    const tokens = passage.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
    if (tokens.length === 0) continue;
    words += tokens.length;
    for (const token of tokens) for (const part of token.split('-')) syllables += countSyllables(part);
    sentences += Math.max(1, (passage.match(/[.!?]+(?=\s|$|["'”’)])/g) ?? []).length);
  }
  const grade = words === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { words, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}
