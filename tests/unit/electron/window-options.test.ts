import { describe, it, expect } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from '../../../electron/main/window-options';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, saneWindowBounds, type Area } from '../../../electron/main/window-bounds';

const PRELOAD = '/app/dist-electron/preload/index.cjs';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, with no Node and web security on', () => {
    const prefs = secureWebPreferences(PRELOAD);
    expect(prefs).toMatchObject({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('is what the main window is created with', () => {
    const options = mainWindowOptions({ width: 1000, height: 700 }, PRELOAD);
    expect(options.webPreferences).toEqual(secureWebPreferences(PRELOAD));
    expect(options.title).toBe('Coalition desk');
    expect(options.show).toBe(false);
  });
});

describe('saneWindowBounds', () => {
  const laptop: Area = { x: 0, y: 0, width: 1440, height: 900 };
  const external: Area = { x: 1440, y: 0, width: 2560, height: 1440 };

  it('uses the default size when nothing was saved', () => {
    expect(saneWindowBounds(null, [laptop])).toEqual(DEFAULT_WINDOW_SIZE);
  });

  it('restores bounds that are on a current screen', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800 };
    expect(saneWindowBounds(saved, [laptop])).toEqual(saved);
  });

  it('drops the position of a window left on a monitor that is gone, keeping a size that fits', () => {
    const saved = { x: 2000, y: 200, width: 2400, height: 1300 };
    expect(saneWindowBounds(saved, [laptop, external])).toEqual(saved);
    expect(saneWindowBounds(saved, [laptop])).toEqual({ width: 1440, height: 900 });
  });

  it('drops a position whose title bar is above the screen', () => {
    expect(saneWindowBounds({ x: 100, y: -500, width: 1000, height: 700 }, [laptop])).toEqual({ width: 1000, height: 700 });
  });

  it('never goes below the minimum size', () => {
    expect(saneWindowBounds({ x: 0, y: 0, width: 10, height: 10 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: MIN_WINDOW_SIZE.width,
      height: MIN_WINDOW_SIZE.height,
    });
  });
});
