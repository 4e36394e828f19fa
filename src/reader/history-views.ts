/**
 * The views built on the history registry (fact cards, the sources page). They import the history
 * module, which is too large for the first screen, so the reader loads this module lazily.
 */
export { buildAbout } from './about-page.ts';
export { buildFactCards } from './fact-panel.ts';
