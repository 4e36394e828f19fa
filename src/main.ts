import '../assets/fonts.css';
import './reader/reader.css';
import storyHash from '../story/main.ink?hash';
import storyParts from '../story/main.ink?parts';
import { offlineWorkerUrl } from 'virtual:offline-worker';
import { partName } from './engine/story-parts.ts';
import { copyText } from './platform/clipboard.ts';
import { downloadText } from './platform/files.ts';
import { browserOfflineCopy, noOfflineCopy } from './platform/offline.ts';
import { browserSpeech } from './platform/speech.ts';
import { browserStorage } from './platform/storage.ts';
import { ReaderApp, type StartRoute } from './reader/app.ts';
import { renderErrorScreen } from './reader/error-screen.ts';
import { loadHistoryViews, loadRegistry } from './reader/registry-loader.ts';
import { SaveSlots } from './reader/save-slots.ts';
import { loadSceneModule } from './reader/scene-host.ts';
import type { SystemPreferences } from './reader/settings.ts';

declare global {
  interface Window {
    /** A read-only view of the reader for the browser tests; only in the e2e build. */
    fortyDaysDebug?: ReturnType<ReaderApp['debugHook']>;
  }
}

const root = document.getElementById('app')!;
const bar = document.getElementById('bar')!;
const sceneContainer = document.getElementById('scene')!;

function media(query: string): boolean {
  return typeof matchMedia === 'function' && matchMedia(query).matches;
}

function systemPreferences(): SystemPreferences {
  return {
    reducedMotion: media('(prefers-reduced-motion: reduce)'),
    dark: media('(prefers-color-scheme: dark)'),
    moreContrast: media('(prefers-contrast: more)') || media('(forced-colors: active)'),
  };
}

function startRoute(): StartRoute {
  if (location.hash.startsWith('#run=')) return { runCode: location.hash.slice('#run='.length) };
  if (location.hash === '#play') return 'play';
  if (location.hash === '#new') return 'new';
  if (location.hash === '#class') return 'class';
  if (location.hash === '#guide') return 'guide';
  if (location.hash === '#roles') return 'roles';
  if (location.hash === '#compare') return 'compare';
  return 'title';
}

/** Code of ours (the reader, the engine): an error from anywhere else with a scene layer running is the layer's. */
const OUR_CODE = [new URL(import.meta.url).pathname, '/src/reader/', '/src/engine/', '/src/platform/', '/src/main.ts'];

let app: ReaderApp | null = null;
let failed = false;

function fatal(error: unknown): void {
  if (failed) return;
  failed = true;
  if (app) return app.fail(error);
  console.error(error);
  const slots = new SaveSlots(browserStorage());
  const latest = slots.latest('auto');
  const raw = slots.entries('auto')[0] ?? null;
  renderErrorScreen(root, error, {
    restore: latest
      ? () => {
          history.replaceState(null, '', '#play');
          location.reload();
        }
      : null,
    exportAutosave: raw ? () => downloadText('forty-days-autosave.json', (latest ?? raw).text) : null,
    startOver: () => {
      history.replaceState(null, '', '#new');
      location.reload();
    },
  });
}

function isSceneError(error: unknown): boolean {
  // Once a layer has started, even if it has failed since (its loop may throw again before it stops).
  if (!sceneContainer.classList.contains('had-layer')) return false;
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  return stack.length > 0 && !OUR_CODE.some((part) => stack.includes(part));
}

window.addEventListener('error', (event) => {
  if (/ResizeObserver loop/.test(event.message)) return;
  const error: unknown = event.error ?? new Error(event.message);
  if (isSceneError(error)) {
    // The layer's own failure (in its render loop, outside any call of ours): the story goes on without it.
    app?.sceneFailed(error);
    return;
  }
  fatal(error);
});

window.addEventListener('unhandledrejection', (event) => {
  if (isSceneError(event.reason)) {
    app?.sceneFailed(event.reason);
    return;
  }
  fatal(event.reason);
});

try {
  app = new ReaderApp({
    root,
    bar,
    sceneContainer,
    // Its own chunk, fetched after the first screen: see ReaderDeps.loadStory.
    loadStory: () => import('../story/main.ink').then((module) => module.default),
    loadStoryPart: (entry) => {
      const name = partName(entry);
      const load = Object.hasOwn(storyParts, name) ? storyParts[name] : undefined;
      if (!load) return Promise.reject(new Error(`No part of the story starts at "${entry}"`));
      return load();
    },
    storyHash,
    storage: browserStorage(),
    speech: browserSpeech(),
    system: systemPreferences(),
    loadRegistry,
    loadHistoryViews,
    loadScenes: loadSceneModule,
    download: downloadText,
    copy: copyText,
    // The built game keeps an offline copy; the one-file build is one already, the dev server has none.
    offline: offlineWorkerUrl ? browserOfflineCopy(offlineWorkerUrl) : noOfflineCopy,
  });
  if (import.meta.env.MODE === 'e2e') window.fortyDaysDebug = app.debugHook();
  app.start(startRoute());
} catch (error) {
  fatal(error);
}
