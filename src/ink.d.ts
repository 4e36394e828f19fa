/** A compiled ink story, imported as its JSON text (see src/cli/vite-plugin-ink.ts). */
declare module '*.ink' {
  const storyJson: string;
  export default storyJson;
  /** `hashText(storyJson)`, computed at build time. */
  export const storyHash: string;
}

/** Where the built game's service worker is, or null where there is none (see src/cli/vite-plugin-offline.ts). */
declare module 'virtual:offline-worker' {
  export const offlineWorkerUrl: string | null;
}
