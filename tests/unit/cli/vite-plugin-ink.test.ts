import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inkPlugin } from '../../../src/cli/vite-plugin-ink.ts';
import { hashText } from '../../../src/engine/hash.ts';
import { PERSPECTIVE_ENTRIES } from '../../../src/engine/perspectives.ts';
import { partName, storyPart } from '../../../src/engine/story-parts.ts';

/** Runs the plugin's transform on a fixture as Vite would, with a context that records what it is told. */
function transform(file: string, query = ''): { code: string; watched: string[]; errors: string[] } {
  const watched: string[] = [];
  const errors: string[] = [];
  const context = {
    addWatchFile: (name: string) => watched.push(name),
    warn: () => undefined,
    error: (e: { message: string }) => {
      errors.push(e.message);
      throw new Error(e.message);
    },
  };
  // Only the three context methods the plugin uses are provided; the cast says so.
  const hook = inkPlugin().transform as unknown as { handler: (this: typeof context, code: string, id: string) => { code: string } };
  try {
    return { code: hook.handler.call(context, '', resolve('tests/fixtures/ink', file) + query).code, watched, errors };
  } catch {
    return { code: '', watched, errors };
  }
}

describe('the ink plugin', () => {
  it('exports the compiled story and its hash, so the game does not hash the story at start', async () => {
    const { code } = transform('branching.ink');
    const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
    const module = (await import(/* @vite-ignore */ url)) as { default: string; storyHash: string };
    expect(JSON.parse(module.default)).toHaveProperty('inkVersion');
    expect(module.storyHash).toBe(hashText(module.default));
  });

  it('exports the hash alone for `?hash`, the same hash as the story module, without the story', async () => {
    const load = async (code: string) =>
      (await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, string>;
    const full = await load(transform('branching.ink').code);
    const { code } = transform('branching.ink', '?hash');
    expect((await load(code)).default).toBe(full.storyHash);
    expect(code).not.toContain('inkVersion');
  });

  it("exports one perspective's part for `?part=`, with the whole story's hash", async () => {
    const load = async (code: string) =>
      (await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, string>;
    const whole = await load(transform('two-perspectives.ink').code);
    const second = await load(transform('two-perspectives.ink', '?part=second').code);
    expect(second.default).toBe(storyPart(whole.default!, 'second'));
    expect(second.default!.length).toBeLessThan(whole.default!.length);
    expect(second.storyHash).toBe(whole.storyHash);
    expect((await load(transform('two-perspectives.ink', '?part=top').code)).default).toBe(storyPart(whole.default!, null));
  });

  it('fails the build, naming the part, for a part whose entry is not a knot', () => {
    const { errors } = transform('two-perspectives.ink', '?part=nowhere');
    expect(errors.join('\n')).toMatch(/no knot "nowhere".*\?part=nowhere/);
  });

  it("maps every perspective's entry to an import of its part for `?parts`", () => {
    const { code } = transform('two-perspectives.ink', '?parts');
    for (const entry of PERSPECTIVE_ENTRIES) {
      expect(code).toContain(`${JSON.stringify(partName(entry))}: () => import(`);
      expect(code).toContain(`two-perspectives.ink?part=${partName(entry)}`);
    }
    expect(code).not.toContain('inkVersion');
  });

  it('watches every included file and fails with file and line on an error', () => {
    const { watched, errors } = transform('broken-include.ink');
    expect(watched.some((name) => name.endsWith('broken-part.ink'))).toBe(true);
    expect(errors.join('\n')).toMatch(/broken-part\.ink:3/);
  });
});
