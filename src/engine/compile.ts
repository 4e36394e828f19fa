import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';
import type { IFileHandler } from 'inkjs/compiler/IFileHandler';

/** One compiler message, located in its source file. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning' | 'todo';
  /** The ink file as the author named it (relative to the story folder), or the entry file. */
  readonly file: string;
  /** 1-based line number, or 0 when the compiler gave none. */
  readonly line: number;
  readonly message: string;
}

/** The outcome of a compile: the story JSON when it compiled, and every diagnostic either way. */
export interface CompileResult {
  /** The compiled story as ink JSON text, or null when there were errors. */
  readonly json: string | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Every ink file the compile read (the entry and each INCLUDE), for watchers. */
  readonly files: readonly string[];
}

/** Reads an ink file by the name the story uses for it (as written after INCLUDE). */
export type InkFileReader = (name: string) => string;

const DIAGNOSTIC_PATTERN = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s+)?line (\d+):\s*(.*)$/s;

/**
 * Parses a diagnostic string from the ink compiler (`ERROR: 'file.ink' line 24: message`).
 * Strings without a location keep the entry file and line 0.
 */
export function parseDiagnostic(raw: string, entryFile: string): Diagnostic {
  const match = DIAGNOSTIC_PATTERN.exec(raw.trim());
  if (!match) return { severity: raw.startsWith('WARNING') ? 'warning' : 'error', file: entryFile, line: 0, message: raw.trim() };
  const [, kind = 'ERROR', file, line = '0', message = ''] = match;
  const severity = kind.includes('WARNING') ? 'warning' : kind === 'TODO' ? 'todo' : 'error';
  return { severity, file: file ?? entryFile, line: Number(line), message: message.trim() };
}

/**
 * Compiles an ink story whose files are supplied by `readFile`. The one compile function used by
 * the Vite plugin, the tests and the command line.
 *
 * Never throws for problems in the ink: they come back as diagnostics with file and line, and
 * `json` is null when any is an error. Warnings do not stop the compile (the story check fails on them).
 *
 * @example
 * const result = compileInk('main.ink', (name) => readFileSync(join('story', name), 'utf8'));
 * if (result.json === null) console.error(result.diagnostics);
 */
export function compileInk(entryFile: string, readFile: InkFileReader): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [entryFile];
  const fileHandler: IFileHandler = {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: (name: string) => {
      if (!files.includes(name)) files.push(name);
      return readFile(name);
    },
  };
  const seen = new Set<string>();
  const onMessage = (message: string): void => {
    // The ink parser can report the same problem twice while it backtracks; report it once.
    if (seen.has(message)) return;
    seen.add(message);
    diagnostics.push(parseDiagnostic(message, entryFile));
  };
  let source: string;
  try {
    source = readFile(entryFile);
  } catch (cause) {
    return {
      json: null,
      files,
      diagnostics: [{ severity: 'error', file: entryFile, line: 0, message: `cannot read the file: ${String(cause)}` }],
    };
  }
  const options = new CompilerOptions(entryFile, [], false, onMessage, fileHandler);
  const compiler = new Compiler(source, options);
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    if (!diagnostics.some((d) => d.severity === 'error')) json = (story.ToJson() as string | undefined) ?? null;
  } catch (cause) {
    // With a handler set, Compile() still throws "Compilation failed." after reporting; anything else is
    // a missing INCLUDE or a compiler fault, reported against the entry file.
    const message = cause instanceof Error ? cause.message : String(cause);
    if (message !== 'Compilation failed.' || diagnostics.length === 0) {
      diagnostics.push({ severity: 'error', file: entryFile, line: 0, message });
    }
  }
  return { json, diagnostics, files };
}
