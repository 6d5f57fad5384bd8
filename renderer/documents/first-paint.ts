import { parseRoute } from '../app/route';
import { readRendering } from './rendering-cache';

/**
 * A cold start on a document paints that document's cached rendering at once, in the editor's
 * place, while the app, IndexedDB, Yjs and the editor load behind it (decision 0009). The picture
 * is inert and marked busy; the live screen replaces it as soon as it can show something real.
 */
const SCREEN_ID = 'first-paint';
const SHOWING_CLASS = 'first-paint-showing';
/** A start that never reaches a screen of its own must not stay hidden behind a picture. */
const GIVE_UP_MS = 10_000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function inlineNodes(doc: Document, inlines: unknown): Node[] {
  if (!Array.isArray(inlines)) return [];
  return inlines.flatMap((inline): Node[] => {
    if (!isRecord(inline)) return [];
    if (inline.kind === 'break') return [doc.createElement('br')];
    if (typeof inline.text !== 'string') return [];
    let node: Node = doc.createTextNode(inline.text);
    const wrap = (tag: string) => {
      const element = doc.createElement(tag);
      element.append(node);
      node = element;
    };
    if (inline.code === true) wrap('code');
    if (inline.bold === true) wrap('strong');
    if (inline.italic === true) wrap('em');
    if (inline.strike === true) wrap('s');
    if (typeof inline.href === 'string' && /^(https?:|mailto:)/i.test(inline.href.trim())) {
      const link = doc.createElement('a');
      link.href = inline.href.trim();
      link.append(node);
      node = link;
    }
    return [node];
  });
}

function element(doc: Document, tag: string, children: Node[]): HTMLElement {
  const node = doc.createElement(tag);
  node.append(...children);
  return node;
}

/** Export blocks to DOM, checking every value: the cache is outside data like any other. */
export function blockNodes(doc: Document, blocks: unknown): Node[] {
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((block): Node[] => {
    if (!isRecord(block)) return [];
    switch (block.kind) {
      case 'heading': {
        const level = typeof block.level === 'number' && block.level >= 1 && block.level <= 6 ? Math.floor(block.level) : 1;
        return [element(doc, `h${level}`, inlineNodes(doc, block.inlines))];
      }
      case 'paragraph':
        return [element(doc, 'p', inlineNodes(doc, block.inlines))];
      case 'bulletList':
      case 'orderedList': {
        const items = Array.isArray(block.items) ? block.items : [];
        return [element(doc, block.kind === 'bulletList' ? 'ul' : 'ol', items.map((item) => element(doc, 'li', blockNodes(doc, item))))];
      }
      case 'blockquote':
        return [element(doc, 'blockquote', blockNodes(doc, block.children))];
      case 'codeBlock':
        return [element(doc, 'pre', [element(doc, 'code', [doc.createTextNode(typeof block.text === 'string' ? block.text : '')])])];
      case 'rule':
        return [doc.createElement('hr')];
      default:
        return [];
    }
  });
}

/** Paints the cached rendering of the document the start-up route opens; false when there is none. */
export function paintFirstScreen(doc: Document, storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>, hash: string): boolean {
  const route = parseRoute(hash);
  if (route.name !== 'document') return false;
  const rendering = readRendering(storage, route.workspaceId, route.documentId);
  // Marks for the benchmark and for profiling a slow start; they cost nothing.
  performance.mark('first-paint:read');
  if (!rendering) return false;
  try {
    const title = element(doc, 'p', [doc.createTextNode(rendering.title)]);
    title.className = 'document-title first-paint-title';
    const body = element(doc, 'div', blockNodes(doc, rendering.blocks));
    body.className = 'document-body first-paint-body';
    body.id = 'document-body-first-paint';
    if (rendering.lang) body.lang = rendering.lang;
    if (rendering.dir) body.dir = rendering.dir;
    const screen = element(doc, 'div', [element(doc, 'main', [title, element(doc, 'div', [body])])]);
    screen.id = SCREEN_ID;
    screen.className = 'first-paint';
    screen.setAttribute('aria-busy', 'true');
    screen.inert = true;
    doc.body.prepend(screen);
    doc.body.classList.add(SHOWING_CLASS);
    performance.mark('first-paint:built');
  } catch {
    return false;
  }
  const view = doc.defaultView;
  view?.setTimeout(() => endFirstPaint(doc), GIVE_UP_MS);
  view?.addEventListener('hashchange', () => endFirstPaint(doc), { once: true });
  return true;
}

/** Hands the screen to the live app; harmless when nothing was painted or it already ended. */
export function endFirstPaint(doc: Document = document): void {
  doc.getElementById(SCREEN_ID)?.remove();
  doc.body.classList.remove(SHOWING_CLASS);
}
