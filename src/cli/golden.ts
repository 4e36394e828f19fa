/**
 * `npm run story:golden`: rewrites the golden transcripts in tests/golden/. Each golden keeps its
 * own script of choices as far as the story still offers them; a new golden for an ending follows
 * the shortest path the explorer finds to it. Review the diff before committing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { exploreStory } from '../analysis/explore.ts';
import { entryOf, playScript, scriptOf, transcript } from '../analysis/transcript.ts';
import { compileStoryFile } from '../engine/compile-node.ts';
import { PERSPECTIVE_ENTRIES } from '../engine/perspectives.ts';
import { StoryRunner } from '../engine/runner.ts';

const dir = 'tests/golden';
const wanted = process.argv.slice(2);
const compiled = compileStoryFile('story/main.ink');
if (!compiled.json) {
  console.error('story/main.ink does not compile; run npm run story:check');
  process.exit(1);
}
const json = compiled.json;
mkdirSync(dir, { recursive: true });
const existing = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
for (const file of existing) {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  const entry = entryOf(text);
  const runner = new StoryRunner(json, { entry });
  const played = playScript(runner, scriptOf(text));
  if (!played.ok)
    console.warn(`${file}: the script stops at choice ${played.at + 1} ("${played.wanted}"); rewrite it by hand or delete it`);
  else writeFileSync(`${dir}/${file}`, transcript(runner.history, entry));
}
if (wanted.length > 0) {
  const result = exploreStory(json, { entries: PERSPECTIVE_ENTRIES });
  for (const ending of wanted) {
    const node = result.nodes.find((n) => n.ending === ending);
    if (!node) {
      console.error(`no path reaches ${ending}`);
      process.exitCode = 1;
      continue;
    }
    const runner = new StoryRunner(json, { entry: node.entry });
    for (const index of node.path) runner.choose(index);
    writeFileSync(`${dir}/${ending}.txt`, transcript(runner.history, node.entry));
    console.log(`wrote ${dir}/${ending}.txt (${node.path.length} choices)`);
  }
}
