export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_FLAGS: readonly string[];
export declare const WEBRTC_FLAGS: readonly string[];
export declare const LOOPBACK_ONLY_FLAGS: readonly string[];
