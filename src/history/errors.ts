/**
 * Errors of the history layer that the browser's lazy chunks also throw. This file imports
 * nothing, so the reader's fact cards do not pull the YAML parser and the schemas into the page
 * (the schema library compiles parsers with `new Function`, which the page's CSP forbids).
 */

/** An id that a registry does not have. */
export class UnknownIdError extends Error {
  override readonly name = 'UnknownIdError';
  readonly id: string;

  constructor(what: string, id: string, file: string) {
    super(`Unknown ${what} id "${id}": it is not in ${file}.`);
    this.id = id;
  }
}
