import type { StoryRule } from '../analysis/story-check.ts';

/**
 * Loads the registries in `dir` and returns the grounding rules for the story check.
 * The registries are not written yet: no grounding rules run.
 */
export function loadGroundingRules(_dir: string, _sections: Record<string, unknown>): StoryRule[] {
  return [];
}
