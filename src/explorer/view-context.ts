/** What a view gets from the page while it renders. */
export interface ViewContext {
  /** False once the reader has moved on to another view: a late answer is then dropped. */
  isCurrent(): boolean;
  /** Shows that what the URL names does not exist. */
  notFound(message: string): void;
}
