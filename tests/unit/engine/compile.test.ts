import { describe, expect, it } from 'vitest';
import { compileInk, parseDiagnostic } from '../../../src/engine/compile.ts';
import { compileStoryFile } from '../../../src/engine/compile-node.ts';

describe('compileInk', () => {
  it('compiles a story with its INCLUDEs and lists every file it read', () => {
    const files: Record<string, string> = { 'main.ink': 'INCLUDE part.ink\n-> part\n', 'part.ink': '=== part ===\nHello.\n-> END\n' };
    const result = compileInk('main.ink', (name) => files[name]!);
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toEqual(['main.ink', 'part.ink']);
    expect(JSON.parse(result.json!)).toHaveProperty('inkVersion');
  });

  it('reports an error in an included file with that file and its line', () => {
    const result = compileStoryFile('tests/fixtures/ink/broken-include.ink');
    expect(result.json).toBeNull();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', file: 'broken-part.ink', line: 3 });
  });

  it('reports a missing INCLUDE as an error instead of throwing', () => {
    const result = compileInk('main.ink', (name) => {
      if (name === 'main.ink') return 'INCLUDE gone.ink\nHello.\n';
      throw new Error(`ENOENT: ${name}`);
    });
    expect(result.json).toBeNull();
    expect(result.diagnostics.some((d) => d.severity === 'error' && d.message.includes('gone.ink'))).toBe(true);
  });

  it('keeps warnings and author TODOs apart from errors', () => {
    const result = compileInk('main.ink', () => 'TODO: write the ending\nHello.\n-> END\n');
    expect(result.json).not.toBeNull();
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['todo']);
  });
});

describe('parseDiagnostic', () => {
  it('reads the file, the line and the message', () => {
    expect(parseDiagnostic("WARNING: 'ch1.ink' line 24: Apparent loose end", 'main.ink')).toEqual({
      severity: 'warning',
      file: 'ch1.ink',
      line: 24,
      message: 'Apparent loose end',
    });
  });
  it('falls back to the entry file when the message has no file', () => {
    expect(parseDiagnostic('ERROR: line 3: Bad', 'main.ink')).toMatchObject({ file: 'main.ink', line: 3 });
  });
});
