import { SaveError } from '../engine/errors.ts';
import type { ClassVote, DiscussionPrompt } from '../history/classroom-registry.ts';
import { decodeRunCode, encodeRunCode } from '../engine/run-code.ts';
import { parseStory, prebuildStoryInSteps, type ParsedStory } from '../engine/ink-session.ts';
import { pacer, type Pacer } from '../engine/pacer.ts';
import { resumeRunInSteps, StoryRunner, type Beat, type RunRecord, type StoryChoice } from '../engine/runner.ts';
import type { StoryMap } from '../engine/story-map.ts';
import { makeSave, type SaveData, type SavedPage } from '../engine/save.ts';
import { EMPTY_KNOT_STATE, type KnotState } from '../engine/tags.ts';
import { noOfflineCopy, type OfflineCopy, type OfflineStatus } from '../platform/offline.ts';
import type { Speech } from '../platform/speech.ts';
import { storageProblemMessage, type SafeStorage } from '../platform/storage.ts';
import { buildBacklog } from './backlog-panel.ts';
import { Dialogs } from './dialogs.ts';
import { afterPaint, button, h, yieldToPage } from './dom.ts';
import { renderErrorScreen } from './error-screen.ts';
import { buildGlossary } from './glossary-panel.ts';
import { termsSeen } from './glossary.ts';
import { keyAction } from './keyboard.ts';
import { ENDING_SUMMARIES, ENDINGS_KEY, parseEndingsFound, withEndingFound } from './endings.ts';
import { buildHandIn } from './hand-in-panel.ts';
import { formatSavedAt, placeAndDate, saveFileName, transcriptFileName } from './labels.ts';
import { buildMenu } from './menu-panel.ts';
import { Notices } from './notices.ts';
import { PERSPECTIVES, perspectiveForEntry, type Perspective } from '../engine/perspectives.ts';
import { partName } from '../engine/story-parts.ts';
import type { HistoryViews, ReaderRegistry } from './registry-loader.ts';
import { buildSavesPanel } from './saves-panel.ts';
import { SaveSlots, slotKeys, slotName, type SaveWriteResult, type SlotId } from './save-slots.ts';
import { SceneHost, type SceneLoader } from './scene-host.ts';
import { aboutScreen, contentNoteScreen, pageScreen, perspectiveScreen, titleScreen } from './screens.ts';
import { buildSettingsPanel } from './settings-panel.ts';
import {
  defaultSettings,
  LINE_HEIGHT,
  msPerChar,
  parseSettings,
  serialiseSettings,
  SETTINGS_KEY,
  TEXT_SCALE,
  type Settings,
  type SystemPreferences,
} from './settings.ts';
import { whenEngaged } from './engagement.ts';
import { parseScenesSeen, SCENES_SEEN_KEY, scenesOf, withScenesSeen } from './scenes-seen.ts';
import { StoryView, type LineDecorations } from './story-view.ts';
import { markdownTranscript } from './transcript-markdown.ts';

/** Everything the reader needs from outside: built by main.ts, the composition root. */
export interface ReaderDeps {
  /** The <main> element the screens go into. */
  readonly root: HTMLElement;
  /** The play screen's top bar (a <header>). */
  readonly bar: HTMLElement;
  /** The decorative, aria-hidden scene container. */
  readonly sceneContainer: HTMLElement;
  /**
   * The compiled story's JSON, loaded on first need: the title page and the first text of a resumed
   * page do not wait for it (the story is most of the game's script). The whole story serves the
   * teacher's tools and the story map, which replay runs of every perspective.
   */
  readonly loadStory: () => Promise<string>;
  /**
   * The part of the story a run from `entry` can reach (see engine/story-parts.ts): what a player's
   * page fetches and builds, about half of the whole with two perspectives. It carries the whole
   * story's hash, so saves and run codes are the same whichever of the two plays them.
   */
  readonly loadStoryPart: (entry: string | null) => Promise<string>;
  /** The story's hash, computed at build time (`hashText` of its JSON), known before the story loads. */
  readonly storyHash: string;
  readonly storage: SafeStorage;
  readonly speech: Speech;
  readonly system: SystemPreferences;
  readonly loadRegistry: () => Promise<ReaderRegistry | null>;
  readonly loadHistoryViews: () => Promise<HistoryViews | null>;
  readonly loadScenes: SceneLoader;
  readonly download: (fileName: string, text: string, type?: string) => boolean;
  /** Copies text to the clipboard; false when the browser would not. */
  readonly copy: (text: string) => Promise<boolean>;
  /** The offline copy kept by a service worker; none when absent (the dev server, the one-file build). */
  readonly offline?: OfflineCopy;
}

/**
 * Where the reader starts: the title, straight back into the autosave (a reload mid-story), a new
 * game, the teacher's guide (`#guide`) and its role cards (`#roles`), class results (`#class`), two runs compared (`#compare`), or a run opened from a run code
 * (`#run=<code>`).
 */
export type StartRoute = 'title' | 'play' | 'new' | 'guide' | 'roles' | 'class' | 'compare' | { readonly runCode: string };

type Screen = 'title' | 'page' | 'play' | 'error';

/** Thrown by a resume's pacer when the player has moved on, to stop the build and the replay there. */
class ResumeSuperseded extends Error {}

/** How a resume ended: see {@link ReaderApp.resume}. */
type ResumeResult = 'resumed' | 'failed' | 'superseded';

/** The whole story, or the part a run from `entry` plays in (see ReaderDeps.loadStoryPart). */
type StoryWanted = 'whole' | { readonly entry: string | null };

const storyKey = (wanted: StoryWanted): string => (wanted === 'whole' ? 'whole' : `part:${partName(wanted.entry)}`);

/**
 * What a run from `entry` plays in: its perspective's part, or the whole story for a run that starts
 * anywhere else (a run code naming another knot, a save from before an entry was renamed), which then
 * plays or is refused exactly as before there were parts.
 */
const storyFor = (entry: string | null): StoryWanted => (PERSPECTIVES.some((p) => p.entry === entry) ? { entry } : 'whole');

/** The scene layer starts at the player's first key, click or touch, or after this long without any. */
export const SCENE_START_WITHOUT_INPUT_MS = 8000;

/** The knot state the title screen's backdrop shows: the steppe at dusk. */
const TITLE_KNOT: KnotState = { ...EMPTY_KNOT_STATE, scene: 'steppe', time: 'dusk', place: 'steppe' };

/**
 * The reader: screens, the story view, dialogs, saves and settings, wired to one StoryRunner.
 * It catches every failure of storage, registry and scenes and keeps the story playable.
 */
export class ReaderApp {
  private settings: Settings;
  private disposed = false;
  private storyMap: Promise<{ view: typeof import('./story-map-view.ts'); map: StoryMap } | null> | null = null;
  /** The story's JSON by what was asked for ({@link StoryWanted}): each fetched once, again after a failure. */
  private readonly stories = new Map<string, Promise<string>>();
  private readonly slots: SaveSlots;
  private readonly dialogs: Dialogs;
  private readonly notices = new Notices();
  private readonly screenHost: HTMLElement;
  private readonly scenes: SceneHost;
  private runner: StoryRunner | null = null;
  /**
   * The autosave's page, on screen while the story loads and replays under it (see {@link showSavedPage});
   * what the player does meanwhile waits in `waiting` and runs once the story is there.
   */
  private savedPage: SavedPage | null = null;
  private waiting: (() => void)[] = [];
  /**
   * Counts the player's moves between screens (and starts of a story): a story that finishes loading
   * after the player has moved on (Continue pressed twice, the guide opened meanwhile) is not shown.
   */
  private navigation = 0;
  private perspective: Perspective = perspectiveForEntry(null);
  private view: StoryView | null = null;
  private registry: ReaderRegistry | null = null;
  private screen: Screen = 'title';
  private afterFirstTextStarted = false;
  /** True when another tab has taken the autosave (see {@link onStorageChangedElsewhere}). */
  private autosaveHeld = false;
  /** True while the run on screen was opened from a run code (someone else's run, or a replay). */
  private viewingRunCode = false;
  private readonly disposers: (() => void)[] = [];

  constructor(private readonly deps: ReaderDeps) {
    this.disposers.push(deps.storage.onProblem((problem) => this.notices.show(storageProblemMessage(problem), 'problem', 'storage')));
    if (deps.storage.problem) this.notices.show(storageProblemMessage(deps.storage.problem), 'problem', 'storage');
    this.settings = parseSettings(this.readSettingsText(), defaultSettings(deps.system));
    this.slots = new SaveSlots(deps.storage);
    this.dialogs = new Dialogs(document.body);
    this.scenes = new SceneHost(deps.sceneContainer, deps.loadScenes);
    this.screenHost = h('div', { class: 'screen-host' });
    deps.root.replaceChildren(this.notices.element, this.screenHost);
    this.applySettings();
    this.disposers.push(this.dialogs.onChange(() => this.updateMotion()));
    const onKey = (event: KeyboardEvent): void => this.onKey(event);
    const onKeyUp = (event: KeyboardEvent): void => this.onKeyUp(event);
    const onVisibility = (): void => {
      this.updateMotion();
      if (document.hidden) this.saveAgainIfCleared();
    };
    const onPageHide = (): void => this.saveAgainIfCleared();
    // A run code pasted into the address bar of a tab where the game is already open.
    const onHashChange = (): void => {
      if (location.hash.startsWith('#run=')) void this.openRunCode(location.hash.slice('#run='.length));
    };
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('keydown', onKey, { capture: true });
    window.addEventListener('keyup', onKeyUp, { capture: true });
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    this.disposers.push(
      deps.storage.onChangeElsewhere((key) => this.onStorageChangedElsewhere(key)),
      () => window.removeEventListener('pagehide', onPageHide),
      () => window.removeEventListener('hashchange', onHashChange),
      () => window.removeEventListener('keydown', onKey, { capture: true }),
      () => window.removeEventListener('keyup', onKeyUp, { capture: true }),
      () => document.removeEventListener('visibilitychange', onVisibility),
    );
    this.buildBar();
  }

  /** Shows the first screen. A damaged save is reported here, and kept. */
  start(route: StartRoute): void {
    this.reportDamagedSaves();
    const started = this.open(route);
    // The offline copy waits until the first screen is up and a resumed story playable. A failure
    // goes on to the page's handler as before; the copy is still asked for.
    const startedNow = () => (this.deps.offline ?? noOfflineCopy).pageStarted();
    void Promise.resolve(started)
      .then(() => afterPaint())
      .then(startedNow, (error: unknown) => {
        startedNow();
        throw error;
      });
  }

  /** The route's first screen; a promise when it is not up until that settles (a resume, a run code). */
  private open(route: StartRoute): Promise<unknown> | void {
    if (typeof route === 'object') return this.openRunCode(route.runCode);
    if (route === 'play') {
      const latest = this.slots.latest('auto');
      if (latest) {
        return this.resume(latest.save, 'autosave').then((result) => {
          if (result === 'failed' && !this.disposed && this.screen !== 'title') this.showTitle();
        });
      }
    }
    if (route === 'new') return this.showContentNote();
    if (route === 'class') return this.showClassResults();
    if (route === 'guide') return this.showGuide();
    if (route === 'roles') return this.showRoleCards();
    if (route === 'compare') return this.showCompare();
    this.showTitle();
  }

  /** Stops listening to the page (before the error screen replaces it). */
  dispose(): void {
    this.disposed = true;
    for (const dispose of this.disposers.splice(0)) dispose();
    this.deps.speech.stop();
    this.dialogs.close();
    this.deps.bar.hidden = true;
  }

  /** Shows the error screen for a failure the reader could not handle. */
  fail(error: unknown): void {
    console.error(error);
    this.dispose();
    this.scenes.setMotion(false);
    const autosave = this.slots.entries('auto')[0] ?? null;
    const latest = this.slots.latest('auto');
    renderErrorScreen(this.deps.root, error, {
      restore: latest ? () => reloadTo('play') : null,
      exportAutosave: autosave ? () => this.deps.download(saveFileName(new Date()), (latest ?? autosave).text) : null,
      startOver: () => reloadTo('new'),
    });
  }

  /** Turns the scene layer off after an error of its own; the story goes on with the CSS backdrop. */
  sceneFailed(error: unknown): void {
    this.scenes.disable(error);
  }

  /** A read-only view for the browser tests (only in the e2e build). */
  debugHook(): {
    knot(): KnotState | null;
    turn(): number | null;
    ended(): boolean;
    screen(): string;
    sceneActive(): boolean;
    settled(): boolean;
    fail(message: string): void;
  } {
    return {
      knot: () => this.runner?.current.knot ?? null,
      // The registry is in, the beat on screen is decorated with it, and its text is all shown.
      settled: () => this.registry !== null && this.savedPage === null && this.undecoratedTurn === null && !(this.view?.revealing ?? false),
      turn: () => this.runner?.current.turn ?? null,
      ended: () => this.runner?.current.ended ?? false,
      screen: () => this.screen,
      sceneActive: () => this.scenes.active,
      fail: (message) => {
        setTimeout(() => {
          throw new Error(message);
        }, 0);
      },
    };
  }

  private readSettingsText(): string | null {
    const result = this.deps.storage.read(SETTINGS_KEY);
    return result.ok ? result.value : null;
  }

  private changeSettings(next: Settings): void {
    const before = this.settings;
    this.settings = next;
    this.applySettings();
    this.deps.storage.write(SETTINGS_KEY, serialiseSettings(next));
    if (before.readAloud && !next.readAloud) this.deps.speech.stop();
    if (before.theme !== next.theme) {
      void this.scenes.restart({ reducedMotion: next.reducedMotion, theme: next.theme }).then(() => this.updateMotion());
    }
    if (msPerChar(next) === 0) this.view?.complete();
    if (before.classVotes !== next.classVotes && this.view) this.render(true, { instant: true, silent: true });
  }

  private applySettings(): void {
    const root = document.documentElement;
    const s = this.settings;
    root.dataset.theme = s.theme;
    root.dataset.font = s.dyslexicFont ? 'dyslexic' : 'default';
    root.dataset.motion = s.reducedMotion ? 'reduced' : 'full';
    root.style.setProperty('--text-scale', String(TEXT_SCALE[s.textSize]));
    root.style.setProperty('--story-line-height', String(LINE_HEIGHT[s.lineSpacing]));
    this.updateMotion();
  }

  private updateMotion(): void {
    this.scenes.setMotion(!this.settings.reducedMotion && !document.hidden && !this.dialogs.isOpen);
  }

  private setScreen(screen: Screen, content: HTMLElement, focus: HTMLElement | null): void {
    this.navigation++;
    this.screen = screen;
    document.body.dataset.screen = screen;
    this.deps.bar.hidden = screen !== 'play';
    if (screen !== 'play') {
      this.dropSavedPage();
      this.view = null;
      this.deps.speech.stop();
      this.setKnotAttributes(TITLE_KNOT);
      this.scenes.show(TITLE_KNOT);
      setRoute(null);
    }
    this.screenHost.replaceChildren(content);
    const target = focus ?? content.querySelector<HTMLElement>('h1');
    if (target && target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    if (this.afterFirstTextStarted) {
      window.scrollTo(0, 0);
      target?.focus({ preventScroll: true });
    } else {
      // The first screen of the page: nothing is scrolled yet, and focus waits for the frame that shows
      // it, so the page is styled and laid out once, in that frame, not forced early by the focus.
      requestAnimationFrame(() => {
        if (target?.isConnected && !this.dialogs.isOpen) target.focus({ preventScroll: true });
      });
    }
    this.afterFirstText();
  }

  /**
   * After the first text is on screen: the painted backdrop, the registry and the scene layer, none
   * of which the text waits for. They start once that frame has been drawn ({@link afterPaint}, which
   * does not wait past half a second for a frame that does not come); the scene layer only once the
   * player is engaged (see {@link whenEngaged}).
   */
  private afterFirstText(): void {
    if (this.afterFirstTextStarted) return;
    this.afterFirstTextStarted = true;
    void afterPaint().then(() => {
      // The error screen may have replaced the reader in the meantime: then nothing more starts.
      if (this.disposed) return;
      document.documentElement.dataset.backdrop = 'shown';
      void this.deps.loadRegistry().then((registry) => {
        this.registry = registry;
        this.redecorate();
      });
      // Fetched ahead while the player reads the title, so that a new game does not wait for it; a
      // failure here says nothing (the story is fetched again, and any failure told, when needed).
      // A returning player's perspective, or every one for a new player (one part each).
      const latest = this.slots.latest('auto');
      const entries = latest ? [latest.save.run.entry] : PERSPECTIVES.map((p) => p.entry);
      for (const entry of entries) void this.loadStory(storyFor(entry)).catch(() => undefined);
      // Phaser's start is the heaviest work the page does, and the scene is decoration: it waits for
      // the player to do something, or for a while of reading (the CSS backdrop shows meanwhile).
      this.disposers.push(
        whenEngaged(SCENE_START_WITHOUT_INPUT_MS, () => {
          void this.scenes
            .start({ reducedMotion: this.settings.reducedMotion, theme: this.settings.theme })
            .then(() => this.updateMotion());
        }),
      );
    });
  }

  /** The compiled story (or one perspective's part), fetched once; a failed fetch is tried again on the next call. */
  private loadStory(wanted: StoryWanted = 'whole'): Promise<string> {
    const key = storyKey(wanted);
    let loading = this.stories.get(key);
    if (!loading) {
      loading = (wanted === 'whole' ? this.deps.loadStory() : this.deps.loadStoryPart(wanted.entry)).catch((error: unknown) => {
        this.stories.delete(key);
        throw error;
      });
      this.stories.set(key, loading);
    }
    return loading;
  }

  /** The story for a run from `entry` ({@link storyFor}), or null after telling the player it could not be loaded (nothing else is touched). */
  private async story(entry: string | null): Promise<string | null> {
    try {
      return await this.loadStory(storyFor(entry));
    } catch (error) {
      console.warn('The story could not be loaded:', error);
      // A browser may remember a failed fetch of a script for the page's life: a reload fetches it afresh.
      this.notices.show(
        'The story could not be loaded. Check the network connection, then reload the page. Your saves on this device are kept as they are.',
        'problem',
        'story-load',
        { label: 'Reload the page', run: () => location.reload() },
      );
      return null;
    }
  }

  /**
   * The story parsed and built, ready for a runner: its text is parsed in one task, ink builds its
   * objects from it in short steps after (and a resume replays in short steps too), so that none of
   * them is as long a task on a slow machine as all of them (see {@link parseStory},
   * {@link prebuildStoryInSteps}, resumeRunInSteps).
   */
  private async parsedStory(entry: string | null, pace: Pacer = pacer(yieldToPage)): Promise<ParsedStory | null> {
    const json = await this.story(entry);
    if (json === null) return null;
    // The parse cannot be cut: it has a task of its own.
    await pace.beforeWork(Number.POSITIVE_INFINITY);
    const parsed = parseStory(json);
    await pace.beforeWork(Number.POSITIVE_INFINITY);
    await prebuildStoryInSteps(parsed, pace);
    // What comes next (a run's first line) has a task of its own.
    await pace.beforeWork(Number.POSITIVE_INFINITY);
    return parsed;
  }

  private offlineStatus(): Promise<OfflineStatus> {
    return (this.deps.offline ?? noOfflineCopy).status();
  }

  private async ensureRegistry(): Promise<ReaderRegistry | null> {
    this.registry ??= await this.deps.loadRegistry();
    return this.registry;
  }

  /** The registry and the views over it (fact cards, sources), loaded on first use. */
  private async history(): Promise<{ registry: ReaderRegistry | null; views: HistoryViews | null }> {
    const [registry, views] = await Promise.all([this.ensureRegistry(), this.deps.loadHistoryViews()]);
    return { registry, views };
  }

  private showTitle(): void {
    const latest = this.slots.latest('auto');
    const screen = titleScreen({
      continueLabel: latest ? `${latest.save.label || 'Your story'} · ${formatSavedAt(latest.save.savedAt)}` : null,
      continueGame: () => {
        const save = this.slots.latest('auto');
        if (save) void this.resume(save.save, 'autosave');
      },
      newGame: () => this.showContentNote(),
      load: () => this.openSaves(),
      settings: () => this.openSettings(),
      about: () => this.showAbout(),
      teachers: () => this.showGuide(),
      endings: () => this.showEndings(),
      endingsLabel: `Endings (${this.endingsFound().length} of ${Object.keys(ENDING_SUMMARIES).length} found)`,
    });
    this.setScreen('title', screen, screen.querySelector('.title-button'));
  }

  private showContentNote(): void {
    const screen = contentNoteScreen({ continue: () => this.showPerspectives(), back: () => this.showTitle() });
    this.setScreen('page', screen, null);
  }

  private showPerspectives(): void {
    const screen = perspectiveScreen({
      choose: (perspective) => void this.newGame(perspective),
      back: () => this.showContentNote(),
      replacesAutosave: this.slots.latest('auto') !== null,
    });
    this.setScreen('page', screen, null);
  }

  private showAbout(): void {
    const screen = aboutScreen(
      (container) => {
        container.append(h('p', { class: 'setting-hint', text: 'Loading the sources…' }));
        void this.history().then(({ registry, views }) => {
          if (!container.isConnected) return;
          container.replaceChildren();
          if (views) views.buildAbout(container, registry, 2, this.offlineStatus());
          else container.append(h('p', { text: 'The sources could not be loaded. The story works without them.' }));
        });
      },
      () => this.showTitle(),
    );
    this.setScreen('page', screen, null);
  }

  /** Remembers an ending found on this device, for the endings page (its id only). */
  private recordEnding(ending: string): void {
    const found = this.endingsFound();
    const next = withEndingFound(found, ending);
    if (next !== found) this.deps.storage.write(ENDINGS_KEY, JSON.stringify(next));
  }

  /** Remembers the scenes (knots) a beat showed, for the story map (knot names only). */
  private recordScenesSeen(beat: Beat): void {
    const seen = this.scenesSeen();
    const next = withScenesSeen(seen, scenesOf([beat]));
    if (next !== seen) this.deps.storage.write(SCENES_SEEN_KEY, JSON.stringify(next));
  }

  private scenesSeen(): readonly string[] {
    const stored = this.deps.storage.read(SCENES_SEEN_KEY);
    return parseScenesSeen(stored.ok ? stored.value : null);
  }

  /** The story map, in a dialog over whatever screen is open: scenes seen, this run's, the branches. */
  private openStoryMap(): void {
    this.storyMap ??= Promise.all([import('./story-map-view.ts'), this.loadStory()])
      .then(([view, json]) => ({ view, map: view.storyMap(json) }))
      .catch(() => {
        // Tried again the next time the map is opened.
        this.storyMap = null;
        return null;
      });
    void this.storyMap.then((loaded) => {
      if (this.disposed) return;
      // "This run" is the one being played: not a run opened from a run code (whose scenes this device
      // has not played), nor the last run once the player has left for the title.
      const playing = this.screen === 'play' && !this.viewingRunCode ? (this.runner?.history ?? []) : [];
      const current = new Set(scenesOf(playing));
      // Each perspective is its own story: the map shows the scenes this one can reach.
      const perspective = this.perspective;
      this.dialogs.open({
        title: PERSPECTIVES.length > 1 ? `Story map: ${perspective.name}` : 'Story map',
        className: 'dialog--wide dialog--map',
        build: ({ body }) => {
          if (loaded)
            loaded.view.buildStoryMap(body, {
              map: loaded.view.mapFrom(loaded.map, perspective.entry),
              seen: new Set(this.scenesSeen()),
              current,
            });
          else body.append(h('p', { text: 'The story map could not be loaded. Reload the page and try again.' }));
        },
        initialFocus: (dialog) => dialog.querySelector<HTMLElement>('.dialog-close'),
      });
    });
  }

  private endingsFound(): readonly string[] {
    const stored = this.deps.storage.read(ENDINGS_KEY);
    return parseEndingsFound(stored.ok ? stored.value : null);
  }

  /** The endings page: which of the story's endings this device has found, without spoiling the others. */
  private showEndings(): void {
    const found = new Set(this.endingsFound());
    const all = Object.keys(ENDING_SUMMARIES);
    const list = (endings: readonly string[]) =>
      h(
        'ol',
        { class: 'endings-list' },
        ...endings.map((id) =>
          found.has(id)
            ? h('li', { class: 'ending-found' }, h('span', { text: ENDING_SUMMARIES[id] ?? id }))
            : h('li', { class: 'ending-unfound' }, h('span', { text: 'Not found yet' })),
        ),
      );
    const screen = pageScreen(
      'endings',
      'Endings',
      (container) =>
        container.append(
          h('p', {
            text: `You have found ${found.size} of the ${all.length} endings on this device. Each is one way a prisoner’s story can end; the history around it is the same on every path.`,
          }),
          ...PERSPECTIVES.flatMap((perspective) => [
            h('h2', { class: 'endings-perspective', text: `${perspective.name}, ${perspective.section}` }),
            list(perspective.endings),
          ]),
          h(
            'div',
            { class: 'page-actions' },
            button('Story map', () => this.openStoryMap()),
            button('Compare two runs side by side', () => this.showCompare()),
          ),
        ),
      () => this.showTitle(),
    );
    this.setScreen('page', screen, null);
  }

  /** The teacher's guide, with the way to the role cards, the class results and the sources. */
  private showGuide(): void {
    const screen = pageScreen(
      'guide',
      "Teacher's guide",
      (container) => {
        container.append(
          h(
            'div',
            { class: 'page-actions' },
            button('Role cards: print them for the two role-plays', () => this.showRoleCards()),
            button('Class results: count the runs your students hand in', () => this.showClassResults()),
            button('Compare two runs side by side', () => this.showCompare()),
          ),
          h('p', { class: 'setting-hint', text: 'Loading the guide…' }),
        );
        // Loaded on demand: a student's game never needs it.
        void Promise.all([this.history(), import('../classroom/guide-view.ts')]).then(([{ registry, views }, guide]) => {
          if (!container.isConnected) return;
          container.lastElementChild?.remove();
          guide.buildGuide(container, {
            glossary: registry?.glossary ?? [],
            openFacts: (ids) => void this.openFacts(ids),
            appendSources: (target) => {
              if (views) views.buildAbout(target, registry, 2, this.offlineStatus());
              else target.append(h('p', { text: 'The sources could not be loaded.' }));
            },
          });
        });
      },
      () => this.showTitle(),
    );
    this.setScreen('page', screen, null);
    history.replaceState(null, '', '#guide');
  }

  /** Two runs side by side from where they part: run codes in (or this device's run), all on this device. */
  private showCompare(): void {
    this.showLoadedPage({
      id: 'compare',
      title: 'Compare two runs',
      route: '#compare',
      loading: 'Loading…',
      back: () => this.showEndings(),
      load: () => Promise.all([import('../classroom/compare-view.ts'), this.loadStory()]),
      build: (container, [view, json], registry) =>
        view.buildCompare(container, {
          compare: (a, b) => view.compareRuns(json, a, b, this.deps.storyHash),
          currentRun: () => {
            const latest = this.slots.latest('auto');
            return latest ? encodeRunCode(latest.save.run) : null;
          },
          classroom: registry?.classroom ?? [],
        }),
    });
  }

  /** The printable role cards for the guide's two role-plays, from story/roles.yaml. */
  private showRoleCards(): void {
    this.showLoadedPage({
      id: 'roles',
      title: 'Role cards',
      route: '#roles',
      loading: 'Loading the role cards…',
      back: () => this.showGuide(),
      // The cards themselves come with the registry, which every game loads (about 24 kB of it).
      load: () => import('../classroom/role-cards-view.ts'),
      build: (container, view, registry) => {
        if (registry) {
          view.buildRoleCards(container, {
            cards: registry.roles,
            peopleById: registry.peopleById,
            openFacts: (ids) => void this.openFacts(ids),
          });
        } else container.append(h('p', { text: 'The role cards could not be loaded. Reload the page and try again.' }));
      },
    });
  }

  /** The teacher's page: run codes in, the class's endings and votes out, all on this device. */
  private showClassResults(): void {
    this.showLoadedPage({
      id: 'class-results',
      title: 'Class results',
      route: '#class',
      loading: 'Loading the class votes…',
      back: () => this.showGuide(),
      load: () => Promise.all([import('../classroom/class-results-view.ts'), this.loadStory()]),
      build: (container, [view, json], registry) =>
        view.buildClassResults(container, {
          compute: (pasted) => (registry ? view.classResults(json, pasted, registry.classroom, this.deps.storyHash) : null),
        }),
    });
  }

  /**
   * A page of the teachers' and replayers' tools: its code is loaded on demand (a student's game never
   * needs it), with the registry. If the code cannot be loaded (offline, without the offline copy),
   * the page says so; the game goes on.
   */
  private showLoadedPage<View>(page: {
    readonly id: string;
    readonly title: string;
    readonly route: string;
    readonly loading: string;
    readonly back: () => void;
    readonly load: () => Promise<View>;
    readonly build: (container: HTMLElement, view: View, registry: ReaderRegistry | null) => void;
  }): void {
    const screen = pageScreen(
      page.id,
      page.title,
      (container) => {
        container.append(h('p', { class: 'setting-hint', text: page.loading }));
        void Promise.all([this.ensureRegistry(), page.load()]).then(
          ([registry, view]) => {
            if (!container.isConnected) return;
            container.replaceChildren();
            page.build(container, view, registry);
          },
          () => {
            if (!container.isConnected) return;
            container.replaceChildren(
              h('p', { text: 'This page could not be loaded. Check the network connection, then reload the page and try again.' }),
            );
          },
        );
      },
      page.back,
    );
    this.setScreen('page', screen, null);
    history.replaceState(null, '', page.route);
  }

  private async newGame(perspective: Perspective): Promise<void> {
    const ticket = ++this.navigation;
    const json = await this.parsedStory(perspective.entry);
    if (json === null || this.disposed || ticket !== this.navigation) return;
    this.perspective = perspective;
    this.runner = new StoryRunner(json, { entry: perspective.entry, storyHash: this.deps.storyHash });
    this.notices.clear();
    this.autosaveHeld = false;
    this.viewingRunCode = false;
    this.autosave();
    this.enterPlay();
  }

  /**
   * Opens a run from a run code (a student's handed-in run, a replay on another device). It plays
   * to the same place but does not touch this device's autosave until the player makes it their own.
   */
  private async openRunCode(code: string): Promise<void> {
    let run: RunRecord;
    try {
      run = decodeRunCode(safeDecode(code));
    } catch (error) {
      if (!(error instanceof SaveError)) throw error;
      this.leaveBrokenRunCode();
      this.notices.show(`${error.message} Nothing on this device was changed.`, 'problem', 'run-code');
      return;
    }
    const result = await this.resume(run, 'code');
    // Moved on meanwhile (another code, the title): that move stands, and nothing here is the code's.
    if (result === 'superseded') return;
    if (result === 'failed') {
      if (!this.disposed) this.leaveBrokenRunCode();
      return;
    }
    history.replaceState(null, '', `#run=${encodeURIComponent(code)}`);
    this.autosaveHeld = true;
    this.notices.show(
      'You are looking at a run opened from a run code. Your own autosave on this device is kept as it was, and this run is not autosaved.',
      'info',
      'run-code',
      {
        label: 'Make this run my own (replaces the autosave)',
        run: () => {
          this.autosaveHeld = false;
          this.viewingRunCode = false;
          this.autosave();
          setRoute('play');
          this.notices.announce('This run is now your autosave.');
        },
      },
    );
  }

  /** After a run code that cannot be opened: a story in progress stays on screen; otherwise the title. */
  private leaveBrokenRunCode(): void {
    if (this.screen === 'play' && this.runner) setRoute('play');
    else this.showTitle();
  }

  /**
   * Resumes a save by replaying its choices; tells the player when the story has changed since.
   * 'failed', with the reason told, when it cannot be resumed (the save is kept as it is);
   * 'superseded' when the player moved on (or the reader failed) before it was done: nothing was changed.
   */
  private async resume(save: SaveData | RunRecord, from: 'autosave' | 'slot' | 'import' | 'code'): Promise<ResumeResult> {
    const run = 'run' in save ? save.run : save;
    const page = 'run' in save && from === 'autosave' && !this.stories.has(storyKey(storyFor(run.entry))) ? save.page : undefined;
    // Made on this very story, the autosave's page is what the replay will give: shown now, checked then.
    const early = page && run.storyHash === this.deps.storyHash ? this.showSavedPage(run, page) : null;
    const ticket = ++this.navigation;
    // Nothing on screen yet (a reload into play, a run code opened) and no copy of the page to show:
    // say what the wait is for, rather than leave the page empty.
    if (!early && this.screenHost.childElementCount === 0) {
      this.screenHost.replaceChildren(
        h(
          'section',
          { class: 'screen screen--page' },
          h('div', { class: 'page' }, h('p', { class: 'setting-hint', role: 'status', text: 'Loading your story…' })),
        ),
      );
    }
    // The saved page is drawn before the story is even fetched: on a slow network the story's chunk
    // would share the line with the fonts the page waits for, and the replay is a long task on a slow
    // machine.
    if (early) await afterPaint();
    // The player may have moved on while the page was drawn: then the story is not even fetched.
    if (this.disposed || ticket !== this.navigation) return 'superseded';
    // One pacer for the build and the replay: the two are one job, cut into short tasks. Between two
    // of them it stops the job if the player has moved on: the rest would be work for nothing.
    const pace = pacer(async () => {
      await yieldToPage();
      if (this.disposed || ticket !== this.navigation) throw new ResumeSuperseded();
    });
    let json;
    try {
      json = await this.parsedStory(run.entry, pace);
    } catch (error) {
      if (error instanceof ResumeSuperseded) return 'superseded';
      throw error;
    }
    // The player has moved on meanwhile (or started this again): that move stands, and this one stops.
    if (this.disposed || ticket !== this.navigation) return 'superseded';
    let resumed;
    try {
      // null: the story could not be loaded, and the player has been told (see story()). The replay
      // gives the page back between lines, so that a long run on a slow machine is no long task.
      resumed = json === null ? null : await resumeRunInSteps(json, run, { storyHash: this.deps.storyHash }, pace);
    } catch (error) {
      if (error instanceof ResumeSuperseded) return 'superseded';
      if (!(error instanceof SaveError)) throw error;
      const kept = from === 'code' ? 'Nothing on this device was changed.' : 'The save is kept as it is.';
      this.notices.show(`${error.message} ${kept}`, 'problem', 'resume');
      resumed = null;
    }
    // The player moved on during the replay: that move stands.
    if (this.disposed || ticket !== this.navigation) return 'superseded';
    if (resumed === null) {
      // The saved page cannot come alive: not left on screen as if it could.
      if (early) this.showTitle();
      return 'failed';
    }
    const shown = this.savedPage;
    this.savedPage = null;
    if (!shown) {
      this.dialogs.close();
      this.notices.clear();
    }
    // Resuming is a choice of which story this tab plays: it autosaves again.
    this.autosaveHeld = from === 'code';
    this.viewingRunCode = from === 'code';
    this.runner = resumed.runner;
    this.perspective = perspectiveForEntry(run.entry);
    if (resumed.notice) this.notices.show(resumed.notice, 'info', 'revision');
    else if (!resumed.sameStory) {
      this.notices.show(
        'This save was made on an earlier version of the story. All your choices still fit, so you continue where you left off.',
        'info',
        'revision',
      );
    }
    if (from !== 'autosave' && from !== 'code') this.autosave();
    // Another tab may have written the autosave while this one loaded the story: then this tab must
    // not overwrite it with the older run it is resuming.
    if (from === 'autosave' && 'run' in save && this.autosaveWrittenSince(save)) this.holdAutosaveForOtherTab();
    // The autosave's page is one the player has seen (a reload, Continue): it comes back whole, not
    // revealed line by line again.
    if (!shown) {
      this.enterPlay({ instant: from === 'autosave' });
      return 'resumed';
    }
    const waiting = this.waiting.splice(0);
    const same =
      JSON.stringify(resumed.runner.current) === JSON.stringify(shown.beat) &&
      JSON.stringify(previousBeat(resumed.runner)) === JSON.stringify(shown.previous);
    if (same) {
      // The page on screen is the replayed one: the story takes it over, and what the player did meanwhile runs.
      this.redecorate();
      for (const action of waiting) action();
    } else {
      // Not what the replay gives (an edited save, say): the replayed page replaces it, and what was
      // pressed on the old one is dropped rather than applied to a page it was not meant for. Speech
      // of the old page stops; the new page is read if read-aloud is on, and focus goes to it.
      this.deps.speech.stop();
      this.render(true, { instant: true });
      if (!this.dialogs.isOpen) this.view?.focusStory();
    }
    return 'resumed';
  }

  /** Whether the autosave in storage is no longer `save` (another tab wrote it); not when it is gone. */
  private autosaveWrittenSince(save: SaveData): boolean {
    const now = this.slots.latest('auto');
    return now !== null && (now.save.savedAt !== save.savedAt || JSON.stringify(now.save.run) !== JSON.stringify(save.run));
  }

  /**
   * Shows the autosave's page as play, before the story has loaded (it is most of the game's script);
   * {@link resume} then replays the run under it. Null, and nothing shown, if the page cannot be shown.
   */
  private showSavedPage(run: RunRecord, page: SavedPage): StoryView | null {
    const view = this.playView();
    try {
      this.perspective = perspectiveForEntry(run.entry);
      this.savedPage = page;
      this.view = view;
      this.showBeat(page.beat, page.previous, true, { instant: true });
    } catch (error) {
      // A copy damaged in a way its shape did not show: the replay shows the page instead.
      console.warn('The autosave’s copy of the page could not be shown:', error);
      this.savedPage = null;
      this.view = null;
      return null;
    }
    this.setScreen('play', view.root, view.logElement);
    setRoute('play');
    return view;
  }

  /** The saved page could not be taken over: what was waiting for it is dropped with it. */
  private dropSavedPage(): void {
    if (!this.savedPage) return;
    this.savedPage = null;
    this.waiting = [];
  }

  /** Runs `action` now, or, while the autosave's page is on screen without its story, once the story is there. */
  private whenPlayable(action: () => void): void {
    if (this.savedPage) this.waiting.push(action);
    else action();
  }

  private playView(): StoryView {
    return new StoryView({
      choose: (choice) => this.choose(choice),
      openFacts: (ids) => void this.openFacts(ids),
      openTerm: (id) => this.openGlossary(id),
      ending: {
        back: () => this.back(),
        backlog: () => this.openBacklog(),
        restart: () => this.confirmRestart(),
        sources: () => this.openSources(),
        title: () => this.showTitle(),
        handIn: () => this.openHandIn(),
      },
    });
  }

  /** `instant`: the page appears whole, without the line-by-line reveal (see {@link resume}). */
  private enterPlay(options: { readonly instant?: boolean } = {}): void {
    const view = this.playView();
    this.view = view;
    // The beat is built before the screen goes in, so the page is styled and laid out once, not twice.
    this.render(true, options);
    this.setScreen('play', view.root, view.logElement);
    setRoute('play');
  }

  private decorations(): LineDecorations {
    const registry = this.registry;
    return {
      speaker: (id) => {
        const person = registry?.peopleById.get(id);
        return person ? { name: person.name, historical: person.kind === 'historical' } : null;
      },
      termForms: (id) => {
        const entry = registry?.glossaryById.get(id);
        return entry ? { id, forms: [entry.term, ...entry.variants] } : null;
      },
      classVote: (id) => registry?.classroom.find((entry): entry is ClassVote => entry.kind === 'vote' && entry.id === id) ?? null,
      discussion: (id) =>
        registry?.classroom.find((entry): entry is DiscussionPrompt => entry.kind === 'prompt' && entry.id === id)?.prompt ?? null,
    };
  }

  /**
   * The registry arrived after the current beat was shown without speaker labels and glossary
   * marks: add them to it in place, once its text is all on screen (see {@link StoryView.decorate}).
   */
  private redecorate(): void {
    const view = this.view;
    const runner = this.runner;
    if (!view || !runner || this.registry === null || this.undecoratedTurn === null) return;
    const turn = this.undecoratedTurn;
    view.whenRevealed(() => {
      if (this.view !== view || this.runner?.current.turn !== turn || this.undecoratedTurn !== turn) return;
      view.decorate(this.decorations());
      this.undecoratedTurn = null;
    });
  }

  private undecoratedTurn: number | null = null;

  private render(fresh: boolean, options: { readonly instant?: boolean; readonly silent?: boolean } = {}): void {
    const runner = this.runner;
    if (!runner) return;
    this.showBeat(runner.current, previousBeat(runner), fresh, options);
  }

  private showBeat(
    beat: Beat,
    previous: Beat | null,
    fresh: boolean,
    options: { readonly instant?: boolean; readonly silent?: boolean } = {},
  ): void {
    const view = this.view;
    if (!view) return;
    this.undecoratedTurn = this.registry === null ? beat.turn : null;
    view.show(beat, {
      previous,
      fresh,
      msPerChar: options.instant ? 0 : msPerChar(this.settings),
      protagonist: { id: this.perspective.speaker, firstName: this.perspective.name.split(' ')[0] ?? this.perspective.name },
      decorations: this.decorations(),
      classVotes: this.settings.classVotes,
    });
    this.setKnotAttributes(beat.knot);
    this.scenes.show(beat.knot);
    if (beat.ended && beat.ending && !this.viewingRunCode) this.recordEnding(beat.ending);
    if (!this.viewingRunCode) this.recordScenesSeen(beat);
    this.deps.bar.querySelector('.bar-caption')!.textContent = placeAndDate(beat.knot);
    if (this.settings.readAloud && !options.silent) this.deps.speech.speak(beat.lines.map((line) => line.text));
  }

  private setKnotAttributes(knot: KnotState): void {
    const body = document.body.dataset;
    body.time = knot.time ?? 'dusk';
    body.scene = knot.scene ?? 'steppe';
    body.act = knot.act ?? 'prologue';
    body.intensity = String(knot.intensity ?? 1);
    body.ending = knot.ending ?? '';
  }

  private choose(choice: StoryChoice): void {
    if (this.savedPage) {
      // One choice per page: a second press before the story is there must not land on the next page.
      const turn = this.savedPage.beat.turn;
      return this.whenPlayable(() => {
        if (this.runner?.current.turn === turn) this.choose(choice);
      });
    }
    const runner = this.runner;
    if (!runner || runner.current.ended) return;
    this.deps.speech.stop();
    runner.choose(choice.index);
    this.autosave();
    this.render(false);
    this.view?.focusStory();
  }

  private back(): void {
    if (this.savedPage) return this.whenPlayable(() => this.back());
    const runner = this.runner;
    if (!runner || runner.current.turn === 0) {
      this.notices.announce('This is the beginning; there is no earlier choice.');
      return;
    }
    this.rewind(runner.current.turn - 1);
    this.notices.announce('You went back one choice.');
  }

  private rewind(turn: number): void {
    const runner = this.runner;
    if (!runner) return;
    this.deps.speech.stop();
    this.dialogs.close();
    runner.rewind(turn);
    this.autosave();
    this.render(true);
    this.view?.focusStory();
  }

  private restart(): void {
    if (this.savedPage) return this.whenPlayable(() => this.restart());
    const runner = this.runner;
    if (!runner) return;
    this.deps.speech.stop();
    this.dialogs.close();
    runner.restart();
    this.autosave();
    this.render(true);
    this.view?.focusStory();
  }

  /** The run as a save; `withPage` adds the copy of the page on screen (the autosave's; see SavedPage). */
  private saveData(withPage = false): SaveData | null {
    const runner = this.runner;
    if (!runner) return null;
    const where = placeAndDate(runner.current.knot);
    const label = where ? `${this.perspective.name} — ${where}` : this.perspective.name;
    const page: SavedPage | undefined = withPage ? { beat: runner.current, previous: previousBeat(runner) } : undefined;
    return makeSave(runner.run, label, new Date(), page);
  }

  private autosave(): void {
    if (this.autosaveHeld) return;
    const save = this.saveData(true);
    if (save) this.writeSlot('auto', save);
  }

  /**
   * Before the page goes away (a reload, a closed tab): if this tab's autosave has gone from storage
   * (cleared by the player, the browser or another tab), it is written again, so the place is not lost.
   */
  private saveAgainIfCleared(): void {
    if (this.runner && this.screen === 'play' && this.slots.latest('auto') === null) this.autosave();
  }

  /**
   * Another tab or window of the game changed storage. When it wrote the autosave, the player is
   * playing in two places at once: this tab stops autosaving, so the two do not overwrite each other
   * turn by turn, and says so; one button takes the autosave back. When storage was cleared there,
   * this tab's place is saved again.
   */
  private onStorageChangedElsewhere(key: string | null): void {
    if (!this.runner || this.screen !== 'play') return;
    if (key === null) {
      if (this.autosaveHeld) return;
      this.autosave();
      this.notices.show(
        'Saved games on this device were cleared in another tab or window. Your story in this tab is still here, and it has been autosaved again.',
        'info',
        'cleared-elsewhere',
      );
      return;
    }
    if (!slotKeys('auto').includes(key) || this.autosaveHeld) return;
    this.holdAutosaveForOtherTab();
  }

  /** This tab stops autosaving, so that it and another tab do not overwrite each other, and says so. */
  private holdAutosaveForOtherTab(): void {
    this.autosaveHeld = true;
    this.notices.show(
      'Forty Days is also open in another tab or window, and a choice was just made there, so the autosave now holds that story. This tab has stopped autosaving so the two do not overwrite each other. Your place here is kept while this tab stays open, and you can still save it in a slot.',
      'problem',
      'other-tab',
      {
        label: 'Autosave this tab instead',
        run: () => {
          this.autosaveHeld = false;
          this.autosave();
          this.notices.announce('This tab is autosaving again.');
        },
      },
    );
  }

  private writeSlot(slot: SlotId, save: SaveData): SaveWriteResult {
    const result = this.slots.write(slot, save);
    if (!result.ok && result.problem === 'damaged') {
      this.notices.show(
        `${slotName(slot)} holds saves that cannot be read. They are kept as they are, so your progress is not being saved there. You can export a save file from Load.`,
        'problem',
        `damaged-${slot}`,
      );
    }
    return result;
  }

  private reportDamagedSaves(): void {
    const damaged = this.slots.damaged();
    if (damaged.length === 0) return;
    const which = damaged.map((d) => slotName(d.slot)).filter((name, i, all) => all.indexOf(name) === i);
    this.notices.show(
      `A saved game on this device cannot be read (${which.join(', ')}: ${damaged[0]!.message}) It has been kept exactly as it was, and you can export it from Load.`,
      'problem',
      'damaged',
    );
  }

  private onKey(event: KeyboardEvent): void {
    const target = event.target;
    const inEditable =
      target instanceof HTMLElement &&
      (target.isContentEditable ||
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement ||
        (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)));
    const action = keyAction(
      { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, inEditable, isComposing: event.isComposing },
      { playing: this.screen === 'play', dialogOpen: this.dialogs.isOpen, revealing: this.view?.revealing ?? false },
    );
    if (action.kind === 'none') return;
    event.preventDefault();
    event.stopPropagation();
    switch (action.kind) {
      case 'complete':
        this.view?.complete();
        this.swallowKeyUp = event.key;
        break;
      case 'menu':
        this.view?.complete();
        this.openMenu();
        break;
      case 'back':
        this.back();
        break;
      case 'choose': {
        // The saved page on screen, while its run is replayed, rather than a run from before it.
        const choice = (this.savedPage?.beat ?? this.runner?.current)?.choices[action.number - 1];
        if (choice) this.choose(choice);
        break;
      }
    }
  }

  private swallowKeyUp: string | null = null;

  /** A Space that finished the typewriter must not also press the focused button on key-up. */
  private onKeyUp(event: KeyboardEvent): void {
    if (this.swallowKeyUp !== null && event.key === this.swallowKeyUp) {
      event.preventDefault();
      event.stopPropagation();
      this.swallowKeyUp = null;
    }
  }

  private buildBar(): void {
    const bar = this.deps.bar;
    bar.replaceChildren(
      h('p', { class: 'bar-title' }, h('span', { class: 'bar-wordmark', text: 'Forty Days' }), h('span', { class: 'bar-caption' })),
      h(
        'nav',
        { class: 'bar-actions', 'aria-label': 'Story tools' },
        button('Backlog', () => this.openBacklog(), { class: 'bar-button', 'aria-haspopup': 'dialog' }),
        button('Glossary', () => this.openGlossary(null), { class: 'bar-button', 'aria-haspopup': 'dialog' }),
        button(h('span', {}, 'Menu', h('kbd', { class: 'bar-kbd', 'aria-hidden': 'true', text: 'Esc' })), () => this.openMenu(), {
          class: 'bar-button bar-button--menu',
          'aria-haspopup': 'dialog',
          'aria-keyshortcuts': 'Escape',
        }),
      ),
    );
    bar.hidden = true;
  }

  private openMenu(): void {
    if (this.savedPage) return this.whenPlayable(() => this.openMenu());
    const inGame = this.runner !== null && this.screen === 'play';
    this.dialogs.open({
      title: 'Menu',
      className: 'dialog--menu',
      build: ({ body, close }) =>
        buildMenu(body, [
          { label: 'Back to the story', action: close },
          { label: 'Backlog', action: () => this.openBacklog() },
          { label: 'Glossary', action: () => this.openGlossary(null) },
          { label: 'Story map', action: () => this.openStoryMap() },
          { label: 'Save or load', action: () => this.openSaves() },
          { label: 'Hand in this run (run code, transcript)', action: () => this.openHandIn(), disabled: !inGame },
          { label: 'Settings', action: () => this.openSettings() },
          { label: 'Sources & credits', action: () => this.openSources() },
          { label: 'Go back one choice', action: () => this.back(), disabled: !inGame || (this.runner?.current.turn ?? 0) === 0 },
          { label: 'Start this story again', action: () => this.confirmRestart(), disabled: !inGame },
          {
            label: 'Title screen',
            action: () => {
              close();
              this.showTitle();
            },
          },
        ]),
    });
  }

  private openHandIn(): void {
    if (this.savedPage) return this.whenPlayable(() => this.openHandIn());
    const runner = this.runner;
    if (!runner) return;
    const runCode = encodeRunCode(runner.run);
    this.dialogs.open({
      title: 'Hand in this run',
      className: 'dialog--narrow',
      build: ({ body }) =>
        buildHandIn(body, {
          runCode,
          copy: (text) => this.deps.copy(text),
          downloadTranscript: () =>
            this.deps.download(
              transcriptFileName(new Date()),
              markdownTranscript({
                history: runner.history,
                perspective: `${this.perspective.name}, ${this.perspective.section}`,
                runCode,
              }),
              'text/markdown',
            ),
        }),
      initialFocus: (dialog) => dialog.querySelector('.run-code-field'),
    });
  }

  private confirmRestart(): void {
    this.dialogs.open({
      title: 'Start again?',
      className: 'dialog--narrow',
      build: ({ body, close }) => {
        body.append(
          h('p', { text: 'The story starts again from the beginning. The autosave follows you; your save slots are kept.' }),
          h(
            'div',
            { class: 'page-actions' },
            button('Start again', () => this.restart(), { class: 'button--primary' }),
            button('Cancel', close),
          ),
        );
      },
    });
  }

  private openSettings(): void {
    this.dialogs.open({
      title: 'Settings',
      className: 'dialog--settings',
      build: ({ body }) =>
        buildSettingsPanel(body, this.settings, (next) => this.changeSettings(next), { speechAvailable: this.deps.speech.available }),
    });
  }

  private openSaves(): void {
    if (this.savedPage) return this.whenPlayable(() => this.openSaves());
    const canSave = this.runner !== null && this.screen === 'play';
    this.dialogs.open({
      title: canSave ? 'Save or load' : 'Load',
      className: 'dialog--wide',
      build: ({ body }) =>
        buildSavesPanel(body, this.slots, {
          canSave,
          saveTo: (slot) => {
            const save = this.saveData();
            return save ? this.writeSlot(slot, save) : { ok: false, problem: 'failed' };
          },
          load: (save) => {
            void this.resume(save, 'slot');
          },
          exportText: (text, fileName) => this.deps.download(fileName, text),
        }),
    });
  }

  private openBacklog(): void {
    if (this.savedPage) return this.whenPlayable(() => this.openBacklog());
    const runner = this.runner;
    if (!runner) return;
    this.dialogs.open({
      title: 'Backlog',
      className: 'dialog--wide dialog--backlog',
      build: ({ body }) => buildBacklog(body, runner.history, (turn) => this.rewind(turn)),
      initialFocus: (dialog) => {
        const rewinds = dialog.querySelectorAll<HTMLElement>('.backlog-rewind');
        return rewinds[rewinds.length - 1] ?? null;
      },
    });
  }

  private openGlossary(highlight: string | null): void {
    // The words met are counted over the whole run, which is there once the story is.
    if (this.savedPage) return this.whenPlayable(() => this.openGlossary(highlight));
    void this.ensureRegistry().then((registry) => {
      this.dialogs.open({
        title: 'Glossary',
        className: 'dialog--wide',
        build: ({ body }) => buildGlossary(body, termsSeen(this.runner?.history ?? []), registry?.glossaryById ?? null, highlight),
        initialFocus: (dialog) => (highlight ? dialog.querySelector<HTMLElement>(`#term-${CSS.escape(highlight)}`) : null),
      });
    });
  }

  private async openFacts(ids: readonly string[]): Promise<void> {
    const { registry, views } = await this.history();
    this.dialogs.open({
      title: 'Source for this line',
      className: 'dialog--wide dialog--facts',
      build: ({ body }) => {
        if (views) views.buildFactCards(body, registry, ids);
        else body.append(h('p', { text: 'The sources could not be loaded. The story works without them.' }));
      },
      initialFocus: (dialog) => dialog.querySelector<HTMLElement>('.dialog-close'),
    });
  }

  private openSources(): void {
    void this.history().then(({ registry, views }) => {
      this.dialogs.open({
        title: 'Sources & credits',
        className: 'dialog--wide',
        build: ({ body }) => {
          if (views) views.buildAbout(body, registry, 3, this.offlineStatus());
          else body.append(h('p', { text: 'The sources could not be loaded. The story works without them.' }));
        },
        initialFocus: (dialog) => dialog.querySelector<HTMLElement>('.dialog-close'),
      });
    });
  }
}

/** The beat before the runner's current one, or null at the first. */
function previousBeat(runner: StoryRunner): Beat | null {
  const history = runner.history;
  return history.length > 1 ? history[history.length - 2]! : null;
}

/** Keeps the place in the URL fragment, so a reload mid-story comes straight back. No request is made. */
/** A run code from the address, with any percent-escapes undone (a malformed one is left as it is, to fail as a code). */
function safeDecode(code: string): string {
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
}

function setRoute(route: 'play' | null): void {
  const url = route ? `#${route}` : `${location.pathname}${location.search}`;
  history.replaceState(null, '', url);
}

/** Reloads the page at a route (used by the error screen, when the page's state cannot be trusted). */
function reloadTo(route: 'play' | 'new'): void {
  history.replaceState(null, '', `#${route}`);
  location.reload();
}
