/** The layout every drawing view shares: the drawing with its caption, and beside it the side panels. */
import { Child, el } from './dom.js';

export function workspace(graphBox: HTMLElement, caption: Child[], side: Child[]): HTMLElement {
  return el(
    'div',
    { class: 'workspace' },
    el('figure', { class: 'drawing' }, graphBox, el('figcaption', {}, ...caption)),
    el('div', { class: 'side' }, ...side),
  );
}
