import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileInk } from '../engine/compile.ts';
import { hashText } from '../engine/hash.ts';
import { PERSPECTIVE_ENTRIES } from '../engine/perspectives.ts';
import { partEntry, partName, storyPart, StoryPartError } from '../engine/story-parts.ts';

/**
 * Compiles `.ink` imports at build time with the project's one compile function. The module's
 * default export is the compiled story JSON text; `storyHash` is its hash (as `hashText` gives it),
 * so the game need not hash the whole story on every start. `story.ink?hash` is a module of the hash
 * alone: the game knows which story it plays (and whether an autosave was made on it) before the
 * story itself has loaded. `story.ink?part=<entry>` is the part of the story a run from that entry
 * knot (`top` for the story's top) can reach, with the whole story's hash (see story-parts.ts);
 * `story.ink?parts` maps every perspective's entry to an import of its part, each its own chunk, so
 * a player's page fetches and builds only the perspective played. Every INCLUDEd file is watched, so an edit to any chapter hot-reloads the
 * story; an error fails the build (and shows in the dev overlay) with its file and line.
 */
export function inkPlugin(): Plugin {
  // Every import of a story (whole, hash, parts) compiles and hashes it once; any change to a watched
  // file compiles it again.
  const compiled = new Map<string, ReturnType<typeof compileInk>>();
  const hashes = new Map<string, string>();
  return {
    name: 'forty-days:ink',
    watchChange() {
      compiled.clear();
      hashes.clear();
    },
    transform: {
      filter: { id: /\.ink(\?(hash|parts|part=\w+))?$/ },
      handler(_code, id) {
        const [file = id, query] = id.split('?');
        const folder = dirname(file);
        const result = compiled.get(file) ?? compileInk(file.slice(folder.length + 1), (name) => readFileSync(join(folder, name), 'utf8'));
        compiled.set(file, result);
        for (const name of result.files) this.addWatchFile(resolve(folder, name));
        const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
        for (const w of warnings) this.warn(`${w.file}:${w.line}: ${w.message}`);
        const firstError = result.diagnostics.find((d) => d.severity === 'error');
        if (firstError || result.json === null) {
          const all = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `  ${d.file}:${d.line}: ${d.message}`);
          this.error({
            message: `ink compile failed:\n${all.join('\n')}`,
            id: resolve(folder, firstError?.file ?? file),
            loc: { file: resolve(folder, firstError?.file ?? file), line: firstError?.line ?? 1, column: 0 },
          });
        }
        const hash = hashes.get(file) ?? hashText(result.json);
        hashes.set(file, hash);
        const storyHash = JSON.stringify(hash);
        if (query === 'hash') return { code: `export default ${storyHash};`, map: null };
        if (query === 'parts') {
          const imports = PERSPECTIVE_ENTRIES.map((entry) => {
            const name = JSON.stringify(partName(entry));
            return `  ${name}: () => import(${JSON.stringify(`${file}?part=${partName(entry)}`)}).then((part) => part.default),`;
          });
          return { code: `export default {\n${imports.join('\n')}\n};`, map: null };
        }
        if (query?.startsWith('part=')) {
          let part: string;
          try {
            part = storyPart(result.json, partEntry(query.slice('part='.length)));
          } catch (error) {
            if (!(error instanceof StoryPartError)) throw error;
            this.error({ message: `${error.message} (${id})`, id: file });
          }
          return { code: `export default ${JSON.stringify(part)};\nexport const storyHash = ${storyHash};`, map: null };
        }
        return { code: `export default ${JSON.stringify(result.json)};\nexport const storyHash = ${storyHash};`, map: null };
      },
    },
  };
}
