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

/**
 * Every perspective's part of a compiled story, by entry knot (`top` for the story's top): each loads
 * its part's JSON text, its own chunk (see src/engine/story-parts.ts).
 */
declare module '*.ink?parts' {
  const parts: Readonly<Record<string, () => Promise<string>>>;
  export default parts;
}

/** One part of a compiled story (`?part=top`, `?part=<entry knot>`), with the whole story's hash. */
declare module '*.ink?part=top' {
  const storyJson: string;
  export default storyJson;
  export const storyHash: string;
}

/** Where the built game's service worker is, or null where there is none (see src/cli/vite-plugin-offline.ts). */
declare module 'virtual:offline-worker' {
  export const offlineWorkerUrl: string | null;
}
