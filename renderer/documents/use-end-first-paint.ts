import { useEffect } from 'react';
import { endFirstPaint } from './first-paint';

/** Ends the cold-start picture once this screen shows something real (the editor, a form, an error). */
export function useEndFirstPaint(live: boolean): void {
  useEffect(() => {
    if (live) endFirstPaint();
  }, [live]);
}
