/** Plain words for what went wrong, and the technical details for the <details> block. */
export interface ErrorDescription {
  readonly summary: string;
  readonly details: string;
}

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** Describes an error for people, with its message, stack and causes as details. */
export function describeError(error: unknown): ErrorDescription {
  const name = nameOf(error);
  let summary: string;
  if (name === 'StoryRuntimeError') summary = 'The story ran into a mistake in its own script, so it cannot go on from here.';
  else if (name === 'SaveError') summary = 'A saved game could not be used.';
  else if (name === 'QuotaExceededError' || name === 'SecurityError') summary = 'The browser refused to let the game use its storage.';
  else summary = 'The game ran into a problem it did not expect, so it stopped to keep your saved progress safe.';

  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    if (current instanceof Error) {
      lines.push(depth === 0 ? `${current.name}: ${current.message}` : `Caused by ${current.name}: ${current.message}`);
      if (current.stack) lines.push(current.stack);
      current = (current as { cause?: unknown }).cause;
    } else {
      lines.push(depth === 0 ? String(current) : `Caused by: ${String(current)}`);
      break;
    }
  }
  return { summary, details: lines.join('\n') };
}
