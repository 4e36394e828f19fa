import type { Beat } from '../engine/runner.ts';
import { placeAndDate } from './labels.ts';
import { typeset } from './text-marks.ts';

/** What a transcript is of: the run's beats, who it follows, and the code that replays it. */
export interface TranscriptInput {
  readonly history: readonly Beat[];
  /** The perspective's name and section, e.g. "Daryna Kovalchuk, women's section". */
  readonly perspective: string;
  readonly runCode: string;
}

/** Markdown's special characters at the start of a line, escaped so story text stays text. */
function plain(text: string): string {
  return typeset(text)
    .replace(/([\\`*_[\]])/g, '\\$1')
    .replace(/^(#|>|-|\+|\d+\.)(\s)/, '\\$1$2');
}

/**
 * A run as a Markdown document a student can hand in and a teacher can read or print: the text in
 * order, a heading at each change of date and place, every choice made, and the run code that
 * replays it. Nothing about the player is in it.
 * @example markdownTranscript({ history: runner.history, perspective: 'Daryna Kovalchuk, women’s section', runCode })
 */
export function markdownTranscript({ history, perspective, runCode }: TranscriptInput): string {
  const out: string[] = ['# Forty Days — Kengir 1954: one run', '', `Perspective: ${perspective}  `, `Run code: \`${runCode}\``];
  let heading = '';
  for (const beat of history) {
    for (const line of beat.lines) {
      const where = placeAndDate(line.knot);
      if (where && where !== heading) {
        out.push('', `## ${where}`);
        heading = where;
      }
      out.push('', plain(line.text));
    }
    if (beat.chosen) out.push('', `> **You chose:** ${plain(beat.chosen.text)}`);
  }
  const last = history[history.length - 1];
  const choices = history.filter((beat) => beat.chosen).length;
  out.push(
    '',
    '---',
    '',
    last?.ended
      ? `This run reached one of the story’s endings after ${choices} choices.`
      : `This run stops here, after ${choices} choices; the story goes on.`,
    '',
    'The people who lead the story are invented; the history around them is not. Every historical line in the game links to its sources.',
    '',
  );
  return out.join('\n');
}
