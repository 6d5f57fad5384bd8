// In-page instrumentation for build/bench-sync.mjs. Each function runs inside a page (through
// page.evaluate) and keeps its state in window.__syncBench. All times are
// performance.timeOrigin + performance.now(): milliseconds on the machine's wall clock with
// sub-millisecond resolution, comparable between two browser processes on the same machine
// (the bench checks how well, see clockOffset).

/** Sender: when each keydown reaches the page (capture phase on window, before the editor sees it). */
export function installKeyProbe() {
  const bench = (window.__syncBench = { keys: [], clicks: [] });
  window.addEventListener(
    'keydown',
    (event) => bench.keys.push({ at: performance.timeOrigin + performance.now(), event: performance.timeOrigin + event.timeStamp }),
    true,
  );
  // When the browser has put the character into the editor's DOM (before ProseMirror reads it).
  window.addEventListener('input', () => (bench.keys.at(-1).input ??= performance.timeOrigin + performance.now()), true);
  // "Sync again" clicks, for the offline-merge measurement.
  window.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button && button.textContent?.trim() === 'Sync again') bench.clicks.push(performance.timeOrigin + performance.now());
    },
    true,
  );
}

/**
 * Receiver: a MutationObserver on #document-body notes when the editor's text (co-authors' caret
 * labels excluded) first reaches an expected length, and the start of the next animation frame
 * after it (when that DOM is painted). Also notes when the text first contains given markers.
 */
export function installRenderProbe() {
  const body = document.getElementById('document-body');
  if (!body) throw new Error('#document-body is not on this page');
  const state = window.__syncBench ?? (window.__syncBench = { keys: [], clicks: [] });
  Object.assign(state, { expect: null, hit: null, frame: null, markers: null, converged: null, mutations: 0 });
  const plainText = () => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('.ProseMirror-yjs-cursor') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) text += node.data;
    return text;
  };
  state.plainText = plainText;
  // Lets a failure report say whether the editor this probe watches is still the one on the page.
  body.dataset.benchProbe = String(Date.now());
  state.probedBody = body;
  const observer = new MutationObserver(() => {
    const now = performance.timeOrigin + performance.now();
    state.mutations++;
    if (state.expect !== null && state.hit === null) {
      if (plainText().length >= state.expect) {
        state.hit = now;
        requestAnimationFrame(() => {
          state.frame = performance.timeOrigin + performance.now();
          state.resolveFrame?.();
        });
      }
    }
    if (state.markers !== null && state.converged === null) {
      const text = plainText();
      if (state.markers.every((marker) => text.includes(marker))) state.converged = now;
    }
  });
  observer.observe(body, { subtree: true, childList: true, characterData: true });
}

/** Receiver: arm for the next keystroke; returns the length the text must reach. */
export function armForKeystroke() {
  const state = window.__syncBench;
  state.hit = null;
  state.frame = null;
  state.expect = state.plainText().length + 1;
  // Awaited by the driver instead of polling, which would keep this page's main thread busy
  // (Playwright polls on every animation frame) while the keystroke is on its way.
  state.framed = new Promise((resolve) => (state.resolveFrame = resolve));
  return state.expect;
}

export function armForMarkers(markers) {
  const state = window.__syncBench;
  state.converged = null;
  state.markers = markers;
  const text = state.plainText();
  if (markers.every((marker) => text.includes(marker))) state.converged = performance.timeOrigin + performance.now();
}

export function pageClock() {
  return performance.timeOrigin + performance.now();
}

/**
 * Init script (runs before the app): notes when WebRTC data-channel messages leave and arrive,
 * to split the keystroke latency into sender, wire and receiver parts. Browser APIs only.
 */
export function installDataChannelProbe() {
  const net = (window.__syncNet = { sent: [], received: [] });
  const keep = (list, entry) => {
    list.push(entry);
    if (list.length > 64) list.splice(0, list.length - 64);
  };
  const size = (data) => (typeof data === 'string' ? data.length : (data?.byteLength ?? data?.size ?? 0));
  const send = RTCDataChannel.prototype.send;
  RTCDataChannel.prototype.send = function (data) {
    keep(net.sent, { at: performance.timeOrigin + performance.now(), bytes: size(data) });
    return send.call(this, data);
  };
  const onmessage = Object.getOwnPropertyDescriptor(RTCDataChannel.prototype, 'onmessage');
  Object.defineProperty(RTCDataChannel.prototype, 'onmessage', {
    configurable: true,
    enumerable: onmessage.enumerable,
    get() {
      return onmessage.get.call(this);
    },
    set(handler) {
      onmessage.set.call(
        this,
        typeof handler === 'function'
          ? function (event) {
              keep(net.received, { at: performance.timeOrigin + performance.now(), bytes: size(event.data) });
              return handler.call(this, event);
            }
          : handler,
      );
    },
  });
}
