/**
 * The little of citation.js (@citation-js/core, with @citation-js/plugin-bibtex loaded) that
 * source-citation.ts uses; the packages ship no type declarations.
 */
declare module '@citation-js/core' {
  /** A list of references, read from data it recognises (here, CSL-JSON items). */
  export class Cite {
    constructor(data: unknown);
    /** The references in an output format of a loaded plugin (`bibtex` from plugin-bibtex), as text. */
    format(format: string, options?: { format?: 'text' | 'html' | 'object' }): string;
  }
  export const plugins: {
    config: {
      /** A plugin's settings (`@bibtex`: `format.useIdAsLabel`, `format.checkLabel`, ...), changed in place. */
      get(plugin: string): Record<string, Record<string, unknown>>;
    };
  };
}

/** Registers the BibTeX and BibLaTeX formats with @citation-js/core when imported. */
declare module '@citation-js/plugin-bibtex';
