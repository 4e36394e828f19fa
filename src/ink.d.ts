/** A compiled ink story, imported as its JSON text (see src/cli/vite-plugin-ink.ts). */
declare module '*.ink' {
  const storyJson: string;
  export default storyJson;
  /** `hashText(storyJson)`, computed at build time. */
  export const storyHash: string;
}

/** The hash alone of a compiled ink story (`hashText` of its JSON), without the story. */
declare module '*.ink?hash' {
  const storyHash: string;
  export default storyHash;
}

/** Where the built game's service worker is, or null where there is none (see src/cli/vite-plugin-offline.ts). */
declare module 'virtual:offline-worker' {
  export const offlineWorkerUrl: string | null;
}
