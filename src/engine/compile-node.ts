import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compileInk, type CompileResult } from './compile.ts';

/**
 * Compiles the ink file at `path` with its INCLUDEs read from disk, relative to its folder.
 * Node only (the Vite plugin, the tests, the command line).
 *
 * @example
 * const { json, diagnostics } = compileStoryFile('story/main.ink');
 */
export function compileStoryFile(path: string): CompileResult {
  const folder = dirname(path);
  return compileInk(basename(path), (name) => readFileSync(join(folder, name), 'utf8'));
}
