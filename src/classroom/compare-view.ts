import type { Beat, StoryChoice } from '../engine/runner.ts';
import type { ClassroomEntry } from '../history/classroom-registry.ts';
import { endingLabel } from '../reader/endings.ts';
import { button, h, uniqueId } from '../reader/dom.ts';
import { placeAndDate } from '../reader/labels.ts';
import { typeset } from '../reader/text-marks.ts';
import type { Comparison, ComparedRun, RunComparison } from './compare-runs.ts';

export { compareRuns } from './compare-runs.ts';

/** What the compare page needs from the reader. */
export interface CompareActions {
  compare(codeA: string, codeB: string): Comparison;
  /** The run code of this device's autosave, or null when there is none. */
  currentRun(): string | null;
  /** The class votes, for naming the options the runs chose (empty when they could not be loaded). */
  readonly classroom: readonly ClassroomEntry[];
}

const LABELS = { a: 'Run A', b: 'Run B' } as const;

function endingText(run: ComparedRun): string {
  const ending = run.ending ? endingLabel(run.ending) : 'not finished yet';
  return run.partial ? `${ending} (made on an earlier version of the story: replayed as far as its choices still fit)` : ending;
}

function chose(choice: StoryChoice | null): string {
  return choice ? `chose: ${typeset(choice.text)}` : 'stops here';
}

const signature = (beat: Beat): string => beat.lines.map((line) => line.text).join('\n');

/**
 * One run's beats from where the runs parted, as a list a reader can move through. A beat the other
 * run also has, word for word (the story often joins again after a choice), is marked and dimmed, so
 * that what differs stands out.
 */
function column(which: 'a' | 'b', run: ComparedRun, other: ComparedRun, from: number): HTMLElement {
  const headingId = uniqueId(`compare-${which}`);
  const otherBeats = new Set(other.beats.slice(from).map(signature));
  let lastPlace = '';
  const beats = run.beats.slice(from).map((beat: Beat) => {
    const place = placeAndDate(beat.knot);
    const inBoth = otherBeats.has(signature(beat));
    const item = h('li', { class: inBoth ? 'compare-beat compare-beat--both' : 'compare-beat' });
    if (inBoth) item.append(h('p', { class: 'compare-both', text: 'In both runs' }));
    if (place && place !== lastPlace) item.append(h('p', { class: 'compare-place', text: place }));
    lastPlace = place;
    item.append(...beat.lines.map((line) => h('p', { text: typeset(line.text) })));
    if (beat.chosen) item.append(h('p', { class: 'compare-choice', text: `→ ${typeset(beat.chosen.text)}` }));
    return item;
  });
  return h(
    'section',
    { class: 'compare-column', 'aria-labelledby': headingId },
    h('h3', { id: headingId, text: LABELS[which] }),
    h('p', { class: 'compare-ending' }, h('strong', { text: 'Ending: ' }), endingText(run)),
    beats.length > 0 ? h('ol', { class: 'compare-beats' }, ...beats) : h('p', { text: 'Nothing after this point.' }),
  );
}

function voteLabel(classroom: readonly ClassroomEntry[], decision: string, option: string): { question: string; label: string } {
  const vote = classroom.find((entry) => entry.kind === 'vote' && entry.id === decision);
  if (!vote || vote.kind !== 'vote') return { question: decision, label: option };
  return { question: vote.question, label: vote.options.find((o) => o.key === option)?.label ?? option };
}

function renderComparison(target: HTMLElement, c: RunComparison, classroom: readonly ClassroomEntry[]): void {
  const children: HTMLElement[] = [h('h2', { text: 'How the runs compare', tabindex: '-1', class: 'compare-heading' })];
  const same = c.same;
  if (c.beganApart) {
    children.push(
      h('p', {
        text: 'The two runs begin differently (another perspective, or the story’s chance came out otherwise), so they are shown whole.',
      }),
    );
  } else if (same) {
    children.push(h('p', { text: `The two runs are the same: ${c.shared} beat${c.shared === 1 ? '' : 's'}, the same choices.` }));
  } else if (!c.parting) {
    children.push(
      h('p', {
        text: `The runs share ${c.shared} beat${c.shared === 1 ? '' : 's'} and then are told differently without a different choice (the story’s chance came out otherwise).`,
      }),
    );
  } else {
    const together = c.shared - 1;
    children.push(
      h('p', {
        text:
          together === 0
            ? 'The runs part at the very first choice.'
            : `The runs go together for ${together} choice${together === 1 ? '' : 's'}, then part.`,
      }),
      h('h3', { text: 'Where they part' }),
    );
    const place = placeAndDate(c.parting.beat.knot);
    const lastLine = c.parting.beat.lines.at(-1);
    if (place) children.push(h('p', { class: 'compare-place', text: place }));
    if (lastLine) children.push(h('blockquote', { class: 'compare-context' }, h('p', { text: typeset(lastLine.text) })));
    children.push(
      h(
        'ul',
        { class: 'compare-parting' },
        h('li', {}, h('strong', { text: `${LABELS.a} ` }), chose(c.parting.a)),
        h('li', {}, h('strong', { text: `${LABELS.b} ` }), chose(c.parting.b)),
      ),
    );
  }
  if (c.votesApart.length > 0) {
    children.push(
      h('h3', { text: 'Class votes decided differently' }),
      h(
        'ul',
        {},
        ...c.votesApart.map(([decision, optionA, optionB]) => {
          const a = voteLabel(classroom, decision, optionA);
          const b = voteLabel(classroom, decision, optionB);
          return h('li', { text: `${a.question} ${LABELS.a}: ${a.label}. ${LABELS.b}: ${b.label}.` });
        }),
      ),
    );
  }
  // Side by side: what followed the parting on each side (the parting itself is shown above).
  if (!same) {
    const from = c.beganApart ? 0 : c.shared;
    children.push(h('div', { class: 'compare-columns' }, column('a', c.a, c.b, from), column('b', c.b, c.a, from)));
  }
  target.replaceChildren(...children);
}

/**
 * The compare page body: two run codes in (or this device's current run), the point where the runs
 * part and the two stories after it side by side. Nothing is saved or sent.
 */
export function buildCompare(container: HTMLElement, actions: CompareActions): void {
  // The comparison can run to hundreds of paragraphs: it is not a live region (a screen reader would
  // read it all out). A one-line status is, and focus moves to the comparison's heading.
  const results = h('div', { class: 'compare-results', role: 'region', 'aria-label': 'Comparison' });
  const status = h('p', { class: 'compare-status', role: 'status' });
  const say = (text: string, problem = false): void => {
    status.textContent = text;
    status.classList.toggle('compare-problem', problem);
  };
  const fields = (['a', 'b'] as const).map((which) => {
    const id = uniqueId(`run-${which}`);
    const field = h('textarea', { id, class: 'class-codes compare-code', rows: 3, spellcheck: 'false', autocomplete: 'off' });
    const current = actions.currentRun();
    return {
      field,
      element: h(
        'div',
        { class: 'compare-field' },
        h('label', { for: id, class: 'field-label', text: `${LABELS[which]}: a run code` }),
        field,
        current
          ? h(
              'div',
              { class: 'page-actions' },
              button(`Use my current run as ${LABELS[which]}`, () => {
                field.value = current;
                field.focus();
              }),
            )
          : null,
      ),
    };
  });
  const [a, b] = fields as [(typeof fields)[0], (typeof fields)[0]];
  const compare = (): void => {
    const missing = fields.find((f) => f.field.value.trim() === '');
    if (missing) {
      results.replaceChildren();
      say('Paste a run code in both fields first.', true);
      missing.field.focus();
      return;
    }
    const outcome = actions.compare(a.field.value, b.field.value);
    if (!outcome.ok) {
      results.replaceChildren();
      say(`${LABELS[outcome.which]}: ${outcome.message}`, true);
      (outcome.which === 'a' ? a : b).field.focus();
      return;
    }
    renderComparison(results, outcome.comparison, actions.classroom);
    say('The comparison is below.');
    results.querySelector<HTMLElement>('.compare-heading')?.focus();
  };
  container.append(
    h('p', {
      text: 'Put two runs side by side: your own and a friend’s, or two of yours. A run code is in the menu (“Hand in this run”) and at every ending. The page shows where the two runs part and what followed on each side. The codes are read on this device only.',
    }),
    h('div', { class: 'compare-fields' }, a.element, b.element),
    h('div', { class: 'page-actions' }, button('Compare the runs', compare, { class: 'button--primary' })),
    status,
    results,
  );
}
