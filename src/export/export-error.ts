/** A request the exporter cannot carry out, said plainly (the command line prints only the message). */
export class ExportError extends Error {
  override name = 'ExportError';
  /** Read by the command-line runner: an error we expect, so no stack trace. */
  readonly expected = true;
}
