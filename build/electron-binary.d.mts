export type ElectronBinary = { available: true; path: string } | { available: false; reason: string };
export declare function detectElectronBinary(projectDir: string): ElectronBinary;
