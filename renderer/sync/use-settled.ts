import { useEffect, useState } from 'react';

/**
 * `value` once its `key` has stayed the same for `ms`: a live region fed with it speaks when the
 * situation changes and holds, not for every passing state (a keystroke on its way to a peer).
 */
export function useSettled<T>(value: T, key: string, ms: number): T | undefined {
  const [settled, setSettled] = useState<{ key: string; value: T }>();
  useEffect(() => {
    if (settled?.key === key) return;
    const timer = setTimeout(() => setSettled({ key, value }), ms);
    return () => clearTimeout(timer);
    // The value at the moment the key settles is the one announced; later values of the same key are not news.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ms, settled?.key]);
  return settled?.value;
}
