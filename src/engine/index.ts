/** The story engine: pure TypeScript around the inkjs runtime. No DOM, no Phaser. */
export * from './errors.ts';
export * from './hash.ts';
export * from './runner.ts';
export * from './run-code.ts';
export * from './save.ts';
export * from './tags.ts';
export { DEFAULT_STORY_SEED, parseStory, prebuildStory, prebuildStoryInSteps, type ParsedStory } from './ink-session.ts';
export { pacer, STEP_MS, type Pacer } from './pacer.ts';
