import type { WindowBounds } from './preferences';

export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;
// Enough of the title bar must be on a screen for the user to grab it and drag the window back.
const MIN_VISIBLE = { width: 120, height: 40 } as const;

function overlap(a: Area, b: Area): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Saved bounds may come from a monitor that is no longer attached or a resolution since lowered.
 * Returns a size that fits a current screen, and a position only when the window stays reachable.
 */
export function saneWindowBounds(saved: WindowBounds | null, workAreas: readonly Area[]): Partial<WindowBounds> {
  if (saved === null || workAreas.length === 0) return { ...DEFAULT_WINDOW_SIZE };
  const largest = workAreas.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
  const width = Math.max(MIN_WINDOW_SIZE.width, Math.min(saved.width, largest.width));
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.min(saved.height, largest.height));
  const titleBar: Area = { x: saved.x, y: saved.y, width, height: MIN_VISIBLE.height };
  const reachable = workAreas.some((area) => {
    const shared = overlap(titleBar, area);
    return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height;
  });
  return reachable ? { x: saved.x, y: saved.y, width, height } : { width, height };
}
