import type { Beat, StoryChoice, StoryLine } from '../engine/runner.ts';
import { buildDiscussionNote, buildVotePanel } from '../classroom/vote-panel.ts';
import type { KnotState } from '../engine/tags.ts';
import type { ClassVote } from '../history/classroom-registry.ts';
import { button, h, srOnly } from './dom.ts';
import { placeAndDate } from './labels.ts';
import { markTerms, RevealClock, typeset, type TermForms } from './text-marks.ts';

/** What the view needs to know from the registry to decorate lines; null fields when it is not loaded yet. */
export interface LineDecorations {
  /** The speaker's name and whether they are historical or invented; null when unknown. */
  speaker(id: string): { readonly name: string; readonly historical: boolean } | null;
  /** The spellings of a glossary term, or null when unknown. */
  termForms(id: string): TermForms | null;
  /** The class vote of a decision (choice tag `vote`), or null when unknown. */
  classVote(id: string): ClassVote | null;
  /** The discussion prompt of a choice tag `discuss`, or null when unknown. */
  discussion(id: string): string | null;
}

/** What the view asks of the reader. */
export interface StoryViewActions {
  choose(choice: StoryChoice): void;
  openFacts(factIds: readonly string[], opener: HTMLElement): void;
  openTerm(termId: string, opener: HTMLElement): void;
  ending: {
    back(): void;
    backlog(): void;
    restart(): void;
    sources(): void;
    title(): void;
    handIn(): void;
  };
}

/** How to show a beat. */
export interface ShowOptions {
  /** The beat before it (for the intensity note and the echo of the choice made). */
  readonly previous: Beat | null;
  /** Start a new log (resume, rewind, restart) rather than turn the page of the current one. */
  readonly fresh: boolean;
  /** Typewriter speed; 0 shows the text at once. */
  readonly msPerChar: number;
  /** The protagonist's people id (whose own lines get no speaker label) and first name. */
  readonly protagonist: { readonly id: string; readonly firstName: string };
  readonly decorations: LineDecorations;
  /** Class vote mode (a projector in class): marked decisions show the class vote and prompts. */
  readonly classVotes: boolean;
}

/** A line on screen: its element and the nodes of its text, which {@link StoryView.decorate} may replace. */
interface ShownLine {
  readonly line: StoryLine;
  readonly text: string;
  readonly element: HTMLElement;
  body: ChildNode[];
}

/**
 * Gives an element of the log its place in the reveal: it appears when the text before it has been
 * "typed". One animation per element keeps a page a handful of elements, cheap to lay out and idle;
 * the first line is there at once, with the page, so the reader never looks at an empty page.
 */
function revealed(element: HTMLElement, text: string, options: ShowOptions, clock: RevealClock): HTMLElement {
  const delay = options.msPerChar > 0 ? clock.line(text) : 0;
  if (delay > 0) {
    element.classList.add('reveal');
    element.style.setProperty('--d', `${Math.round(delay)}ms`);
  }
  return element;
}

/** The calm note shown before a scene of intensity 3. Never a score, never a reward. */
export const INTENSITY_NOTE = 'This scene describes violence.';

/**
 * The story on screen: a caption (date and place), the text in a live log (role="log"), the choices
 * as real buttons and, at an ending, the ending's actions. Each beat turns the page: the log shows
 * the choice just made and the new text, and the backlog holds the rest.
 *
 * Screen readers hear new text once, from the live log; after a choice, focus moves to the log
 * itself (not to a line, which would be read twice, and not to a choice, where a second Enter
 * would choose without reading).
 */
export class StoryView {
  readonly root: HTMLElement;
  private readonly caption: HTMLElement;
  private log: HTMLElement;
  private readonly choices: HTMLElement;
  private readonly classroom: HTMLElement;
  private readonly ending: HTMLElement;
  private revealTimer: ReturnType<typeof setTimeout> | null = null;
  private revealDone: (() => void) | null = null;
  /** The lines on screen, with what {@link decorate} needs to mark them up in place. */
  private shown: ShownLine[] = [];
  /** The beat on screen and how it was shown. */
  private current: { readonly beat: Beat; readonly options: ShowOptions } | null = null;

  constructor(private readonly actions: StoryViewActions) {
    this.caption = h('p', { class: 'story-caption' });
    this.log = this.makeLog();
    this.classroom = h('div', { class: 'story-classroom' });
    this.choices = h('div', { class: 'story-choices', role: 'group', 'aria-label': 'Choices' });
    this.ending = h('section', { class: 'story-ending', hidden: true, 'aria-labelledby': 'ending-title' });
    this.root = h(
      'article',
      { class: 'story' },
      h('h1', { class: 'sr-only', text: 'Forty Days: the story' }),
      this.caption,
      this.log,
      this.classroom,
      this.choices,
      this.ending,
    );
    // While text appears, a click anywhere on the page shows it all and does nothing else.
    this.root.addEventListener(
      'click',
      (event) => {
        if (!this.revealing) return;
        event.preventDefault();
        event.stopPropagation();
        this.complete();
      },
      { capture: true },
    );
  }

  /** True while the typewriter is still showing text. */
  get revealing(): boolean {
    return this.revealTimer !== null;
  }

  /** Shows everything at once (a key or a click during the typewriter). */
  complete(): void {
    if (this.revealTimer !== null) clearTimeout(this.revealTimer);
    this.revealTimer = null;
    this.root.classList.remove('is-revealing');
    const done = this.revealDone;
    this.revealDone = null;
    done?.();
  }

  /** The story's log element (the focus target after a choice). */
  get logElement(): HTMLElement {
    return this.log;
  }

  /** Calls `listener` once the current beat's text is all on screen (at once when it already is). */
  whenRevealed(listener: () => void): void {
    if (!this.revealing) listener();
    else {
      const before = this.revealDone;
      this.revealDone = () => {
        before?.();
        listener();
      };
    }
  }

  /** Shows a beat: the caption, the lines (with the intensity note), the choices or the ending. */
  show(beat: Beat, options: ShowOptions): void {
    this.complete();
    if (options.fresh) {
      const log = this.makeLog();
      this.log.replaceWith(log);
      this.log = log;
    } else {
      this.log.replaceChildren();
    }
    // The caption is where the page starts; a page that moves on to another place or day says so where it does.
    const firstKnot = beat.lines[0]?.knot ?? beat.knot;
    this.caption.textContent = placeAndDate(firstKnot);

    const clock = new RevealClock(options.msPerChar);
    const entries: HTMLElement[] = [];
    const chosen = options.previous?.chosen;
    if (chosen) {
      entries.push(h('p', { class: 'story-echo' }, srOnly('You chose: '), typeset(chosen.text)));
    }
    let knot: KnotState | null = options.previous?.knot ?? null;
    let lastSpeaker: string | null = null;
    let where = placeAndDate(firstKnot);
    const termsShown = new Set<string>();
    this.shown = [];
    this.current = { beat, options };
    for (const line of beat.lines) {
      const here = placeAndDate(line.knot);
      if (here !== where) {
        entries.push(revealed(h('p', { class: 'scene-break' }, here), here, options, clock));
        where = here;
      }
      // A new knot state means a new scene began on this line.
      if (line.knot !== knot && line.knot.intensity === 3) {
        entries.push(h('p', { class: 'intensity-note', role: 'note' }, INTENSITY_NOTE));
      }
      knot = line.knot;
      const shown = this.renderLine(line, lastSpeaker, options, clock, termsShown);
      this.shown.push(shown);
      entries.push(shown.element);
      lastSpeaker = line.tags.speaker;
    }
    this.log.append(...entries);

    this.choices.replaceChildren(
      ...beat.choices.map((choice, i) =>
        button(
          h(
            'span',
            {},
            h('span', { class: 'choice-number', 'aria-hidden': 'true', text: `${i + 1}` }),
            h('span', { class: 'choice-text', text: typeset(choice.text) }),
          ),
          () => this.actions.choose(choice),
          { class: 'choice', 'data-choice': choice.index, 'aria-keyshortcuts': i < 9 ? String(i + 1) : null },
        ),
      ),
    );
    this.choices.hidden = beat.ended;
    this.renderClassroom(beat, options);
    this.renderEnding(beat, options.protagonist.firstName);

    if (options.msPerChar > 0 && clock.total > 0) {
      this.root.style.setProperty('--reveal-total', `${Math.round(clock.total)}ms`);
      this.root.classList.add('is-revealing');
      this.revealTimer = setTimeout(() => this.complete(), clock.total + 400);
    } else {
      this.root.style.removeProperty('--reveal-total');
    }
  }

  /**
   * Adds what the registry knows to the beat on screen, in place: speaker labels, glossary marks
   * and, in class vote mode, the vote panel. Nothing is rendered again: the page keeps its
   * elements, its focus and its scroll, and only the changed lines are laid out again. The live
   * log is silent while it changes, so screen readers do not hear labels out of their lines.
   */
  decorate(decorations: LineDecorations): void {
    const current = this.current;
    if (!current) return;
    const options: ShowOptions = { ...current.options, decorations };
    this.current = { beat: current.beat, options };
    const log = this.log;
    log.setAttribute('aria-live', 'off');
    let lastSpeaker: string | null = null;
    const termsShown = new Set<string>();
    for (const shown of this.shown) {
      const { line, element } = shown;
      if (!element.querySelector(':scope > .speaker')) {
        const label = this.speakerLabel(line, lastSpeaker, options);
        if (label) element.prepend(label);
      }
      lastSpeaker = line.tags.speaker;
      const forms = this.termForms(line, termsShown, options);
      if (forms.length > 0) {
        const body = this.lineBody(shown.text, forms, termsShown);
        shown.body[0]?.before(...body);
        for (const node of shown.body) node.remove();
        shown.body = body;
      }
    }
    this.renderClassroom(current.beat, options);
    // Mutations are reported to assistive technology after the task that made them; live again only then.
    setTimeout(() => {
      if (this.log === log) log.setAttribute('aria-live', 'polite');
    }, 0);
  }

  /** Turns the page: back to the top (the scene and the caption), focus on the log, so keyboard and screen-reader users start from the new text. */
  focusStory(): void {
    this.log.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }

  private makeLog(): HTMLElement {
    return h('div', { class: 'story-log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Story', tabindex: '-1' });
  }

  private renderLine(
    line: StoryLine,
    lastSpeaker: string | null,
    options: ShowOptions,
    clock: RevealClock,
    termsShown: Set<string>,
  ): ShownLine {
    const p = h('p', { class: 'line' });
    if (line.tags.speaker) p.dataset.speaker = line.tags.speaker;
    const text = typeset(line.text);
    revealed(p, text, options, clock);

    const label = this.speakerLabel(line, lastSpeaker, options);
    if (label) p.append(label);
    const body = this.lineBody(text, this.termForms(line, termsShown, options), termsShown);
    p.append(...body);

    if (line.tags.facts.length > 0) {
      const source = button(
        h('span', {}, 'Source', srOnly(' for this line')),
        (event) => {
          event.stopPropagation();
          this.actions.openFacts(line.tags.facts, event.currentTarget as HTMLElement);
        },
        { class: 'source', 'aria-haspopup': 'dialog', 'data-facts': line.tags.facts.join(' ') },
      );
      p.append(' ', source);
    }
    return { line, text, element: p, body };
  }

  /** The label before a line when someone other than the protagonist starts speaking; null when none or unknown. */
  private speakerLabel(line: StoryLine, lastSpeaker: string | null, options: ShowOptions): HTMLElement | null {
    const speaker = line.tags.speaker;
    if (!speaker || speaker === options.protagonist.id || speaker === lastSpeaker) return null;
    const who = options.decorations.speaker(speaker);
    if (!who) return null;
    return h(
      'span',
      { class: `speaker speaker--${who.historical ? 'historical' : 'fictional'}` },
      h('span', { class: 'speaker-name', text: who.name }),
      ' ',
      h('span', { class: 'speaker-kind', text: who.historical ? 'historical person' : 'invented character' }),
      srOnly(': '),
    );
  }

  /** The glossary terms of a line that are not yet marked in this beat (each is marked once, where it first appears). */
  private termForms(line: StoryLine, termsShown: ReadonlySet<string>, options: ShowOptions): TermForms[] {
    return line.tags.terms
      .filter((id) => !termsShown.has(id))
      .map((id) => options.decorations.termForms(id))
      .filter((t): t is TermForms => t !== null);
  }

  /** A line's text as nodes: plain text, and a glossary button around each marked term. */
  private lineBody(text: string, forms: readonly TermForms[], termsShown: Set<string>): ChildNode[] {
    return markTerms(text, forms).map((segment) => {
      const term = segment.term;
      if (!term) return document.createTextNode(segment.text);
      termsShown.add(term);
      return button(
        segment.text,
        (event) => {
          event.stopPropagation();
          this.actions.openTerm(term, event.currentTarget as HTMLElement);
        },
        { class: 'term', 'aria-haspopup': 'dialog', title: 'In the glossary' },
      );
    });
  }

  /** In class vote mode: the vote at a marked decision and the discussion prompt, above the choices. */
  private renderClassroom(beat: Beat, options: ShowOptions): void {
    this.classroom.replaceChildren();
    if (!options.classVotes || beat.ended) return;
    const decision = beat.choices.find((choice) => choice.tags.vote)?.tags.vote?.decision;
    const vote = decision ? options.decorations.classVote(decision) : null;
    if (vote)
      this.classroom.append(buildVotePanel(vote, beat.choices, { openFacts: (ids, opener) => this.actions.openFacts(ids, opener) }));
    const discuss = beat.choices.find((choice) => choice.tags.discuss)?.tags.discuss;
    const prompt = discuss ? options.decorations.discussion(discuss) : null;
    if (prompt) this.classroom.append(buildDiscussionNote(prompt));
  }

  private renderEnding(beat: Beat, firstName: string): void {
    this.ending.hidden = !beat.ended;
    if (!beat.ended) {
      this.ending.replaceChildren();
      return;
    }
    const { ending } = this.actions;
    this.ending.replaceChildren(
      h('h2', { id: 'ending-title', class: 'ending-title', text: 'The end' }),
      h('p', {
        class: 'ending-text',
        text: `This is one of the ways ${firstName}’s story can end. The history around it is the same on every path; what changes is what one person did, and who stood beside them.`,
      }),
      h(
        'div',
        { class: 'ending-actions' },
        button('Hand in this run (run code, transcript)', () => ending.handIn(), { 'aria-haspopup': 'dialog' }),
        button('Read the whole story again (backlog)', () => ending.backlog()),
        button('Sources & credits', () => ending.sources()),
        button('Go back one choice', () => ending.back()),
        button('Start again', () => ending.restart()),
        button('Title screen', () => ending.title()),
      ),
    );
  }
}
