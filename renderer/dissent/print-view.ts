import { EXPORT_PRINT_CSS } from '../../shared/dissent/print-stylesheet';
import './print-view.css';

export const PRINT_VIEW_ID = 'print-view';

/**
 * Puts a print-only rendering of an export into the page: hidden on screen, and the only thing
 * printed (browser print, Electron's printToPDF) while it is there. The HTML comes from the
 * shared exporters, which escape every piece of user text; it is still parsed inert (DOMParser
 * runs nothing and loads nothing) and only its body's elements are moved in.
 */
export function showPrintView(contentHtml: string, options: { language: string | undefined; direction: 'ltr' | 'rtl'; label: string }): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${contentHtml}</body>`, 'text/html');
  const view = document.createElement('div');
  view.id = PRINT_VIEW_ID;
  view.className = 'print-view';
  view.setAttribute('role', 'region');
  view.setAttribute('aria-label', options.label);
  if (options.language) view.lang = options.language;
  view.dir = options.direction;
  const style = document.createElement('style');
  style.textContent = EXPORT_PRINT_CSS;
  view.append(style, ...Array.from(parsed.body.childNodes, (node) => document.adoptNode(node)));
  document.getElementById(PRINT_VIEW_ID)?.remove();
  document.body.append(view);
  return view;
}
