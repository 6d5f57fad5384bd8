import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { TranslationsDoc } from '../../shared/translations/translations-doc';

/**
 * Changes whenever alignments, the family or the given texts change. Typing changes a body on every
 * keystroke; the aligned rows are worked out again at most once a frame.
 */
export function useTranslationsVersion(translations: TranslationsDoc, source?: Y.XmlFragment, translation?: Y.XmlFragment): number {
  const version = useRef(0);
  const subscribe = useCallback(
    (notify: () => void) => {
      let frame: number | undefined;
      const changed = () => {
        frame ??= requestAnimationFrame(() => {
          frame = undefined;
          version.current += 1;
          notify();
        });
      };
      const bodies = [source, translation].filter((body) => body !== undefined);
      const stop = translations.observe(changed);
      bodies.forEach((body) => body.observeDeep(changed));
      return () => {
        stop();
        bodies.forEach((body) => body.unobserveDeep(changed));
        if (frame !== undefined) cancelAnimationFrame(frame);
      };
    },
    [translations, source, translation],
  );
  return useSyncExternalStore(subscribe, () => version.current);
}
