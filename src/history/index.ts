export * from './registry.ts';
export * from './fact-card.ts';
