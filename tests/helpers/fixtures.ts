import { compileStoryFile } from '../../src/engine/compile-node.ts';

/** Compiles a fixture from tests/fixtures/ink and fails loudly if it does not compile. */
export function compileFixture(name: string): string {
  const result = compileStoryFile(`tests/fixtures/ink/${name}.ink`);
  if (result.json === null) throw new Error(`fixture ${name} did not compile: ${JSON.stringify(result.diagnostics)}`);
  return result.json;
}
