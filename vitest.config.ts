import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (node, fast: the engine, history, analysis, reader logic and the real story)
 * and `e2e` (the built game in real Chromium; tests/e2e/global-setup.ts builds and serves it).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/story/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // After the unit tests, so the browser does not share two cores with the story explorer.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
