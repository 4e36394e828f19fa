import type { ClassroomEntry } from '../history/classroom-registry.ts';
import type { Registry } from '../history/registry.ts';
import type { RoleCard } from '../history/role-cards.ts';
import { fromRegistryData } from '../history/registry-data.ts';

/** The registry as the reader uses it: lookups by id. */
export type ReaderRegistry = Registry & { readonly classroom: readonly ClassroomEntry[]; readonly roles: readonly RoleCard[] };

let loading: Promise<ReaderRegistry | null> | null = null;

/**
 * Loads the history registry once, lazily (it is not needed for the first text). Resolves to null
 * when it cannot be loaded; the story plays on without sources and glossary.
 */
export function loadRegistry(): Promise<ReaderRegistry | null> {
  loading ??= import('virtual:registry').then(
    (module) => fromRegistryData(module.default),
    (error: unknown) => {
      console.warn('The history registry could not be loaded:', error);
      return null;
    },
  );
  return loading;
}

/** The lazily loaded views over the registry. */
export type HistoryViews = typeof import('./history-views.ts');

let loadingViews: Promise<HistoryViews | null> | null = null;

/** Loads the fact-card and sources views once; null when they cannot be loaded. */
export function loadHistoryViews(): Promise<HistoryViews | null> {
  loadingViews ??= import('./history-views.ts').catch((error: unknown) => {
    console.warn('The sources views could not be loaded:', error);
    return null;
  });
  return loadingViews;
}
