import type { Beat, StoryRunner } from '../engine/runner.ts';

/**
 * Plain-text transcripts of a run, for golden tests and for export. Choices made are lines that
 * start with `> `; a heading marks each change of scene. A run that starts at a perspective's entry
 * knot (not the story's top) opens with `[FROM knot]`.
 */
export function transcript(history: readonly Beat[], entry: string | null = null): string {
  const out: string[] = entry ? [`[FROM ${entry}]`] : [];
  let lastHeading = '';
  for (const beat of history) {
    for (const line of beat.lines) {
      const k = line.knot;
      const heading = `== ${k.act ?? '?'} · ${k.date ?? '?'} · ${k.time ?? '?'} · ${k.place ?? '?'} · intensity ${k.intensity ?? '?'}${k.ending ? ` · ${k.ending}` : ''} ==`;
      if (heading !== lastHeading) {
        out.push('', heading);
        lastHeading = heading;
      }
      const tags = [
        ...line.tags.facts.map((f) => `fact:${f}`),
        ...(line.tags.speaker ? [`speaker:${line.tags.speaker}`] : []),
        ...line.tags.terms.map((t) => `term:${t}`),
        ...(line.tags.fiction ? ['fiction'] : []),
      ];
      out.push(tags.length ? `${line.text}  {${tags.join(' ')}}` : line.text);
    }
    if (beat.chosen) out.push(`> ${beat.chosen.text}`);
  }
  const last = history[history.length - 1];
  out.push('', last?.ended ? `[END ${last.ending ?? '(no ending)'}]` : '[STOPPED]');
  return `${out.join('\n').trim()}\n`;
}

/** The entry knot a transcript starts from (null for the story's top). */
export function entryOf(text: string): string | null {
  return /^\[FROM (\S+)\]/.exec(text)?.[1] ?? null;
}

/** The choices a transcript records, in order. */
export function scriptOf(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('> '))
    .map((l) => l.slice(2));
}

/**
 * Plays a script of choice texts on a runner. Stops (and says why) at the first choice the story
 * no longer offers.
 */
export function playScript(
  runner: StoryRunner,
  script: readonly string[],
): { ok: true } | { ok: false; at: number; wanted: string; offered: string[] } {
  for (let i = 0; i < script.length; i++) {
    const choice = runner.current.choices.find((c) => c.text === script[i]);
    if (!choice) return { ok: false, at: i, wanted: script[i]!, offered: runner.current.choices.map((c) => c.text) };
    runner.choose(choice.index);
  }
  return { ok: true };
}
