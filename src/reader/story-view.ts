import type { Beat, StoryChoice } from '../engine/runner.ts';

/**
 * The plainest accessible reader: story text in a live log, choices as real buttons. Choosing moves
 * focus to the first new line, so a screen reader reads on from there.
 */
export class StoryView {
  readonly root: HTMLElement;
  private readonly log: HTMLElement;
  private readonly choices: HTMLElement;

  constructor(
    container: HTMLElement,
    private readonly onChoose: (choice: StoryChoice) => void,
  ) {
    this.root = document.createElement('section');
    this.root.className = 'story';
    this.root.setAttribute('aria-label', 'Story');
    this.log = document.createElement('div');
    this.log.className = 'story-log';
    this.log.setAttribute('role', 'log');
    this.log.setAttribute('aria-live', 'polite');
    this.choices = document.createElement('div');
    this.choices.className = 'story-choices';
    this.choices.setAttribute('role', 'group');
    this.choices.setAttribute('aria-label', 'Choices');
    this.root.append(this.log, this.choices);
    container.append(this.root);
  }

  /** Appends a beat's lines and replaces the choices. */
  show(beat: Beat, focus: boolean): void {
    let first: HTMLElement | null = null;
    for (const line of beat.lines) {
      const p = document.createElement('p');
      p.textContent = line.text;
      p.tabIndex = -1;
      this.log.append(p);
      first ??= p;
    }
    this.choices.replaceChildren(
      ...beat.choices.map((choice, i) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = `${i + 1}. ${choice.text}`;
        button.addEventListener('click', () => this.onChoose(choice));
        return button;
      }),
    );
    if (beat.ended) {
      const end = document.createElement('p');
      end.className = 'story-end';
      end.textContent = 'The end.';
      this.choices.append(end);
    }
    if (focus) (this.choices.querySelector('button') ?? first)?.focus();
  }
}
