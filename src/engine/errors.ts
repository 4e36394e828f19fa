/** Errors the engine throws. Each keeps its cause; none is swallowed. */

/** The story hit an ink runtime error (or an error the story itself raised). */
export class StoryRuntimeError extends Error {
  override readonly name = 'StoryRuntimeError';
  constructor(
    message: string,
    /** The ink error messages, in order. */
    readonly inkErrors: readonly string[],
    /** The choice indices that lead from the start to the error. */
    readonly choicePath: readonly number[],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Why a save could not be used. `reason` is for code; `message` is for people. */
export type SaveErrorReason = 'not-json' | 'not-a-save' | 'newer-format' | 'damaged';

/** A save (or run code) that cannot be read. The save itself is never changed or deleted. */
export class SaveError extends Error {
  override readonly name = 'SaveError';
  constructor(
    message: string,
    readonly reason: SaveErrorReason,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The runner was asked for something its current state cannot do (a choice that is not offered). */
export class StoryUsageError extends Error {
  override readonly name = 'StoryUsageError';
}
