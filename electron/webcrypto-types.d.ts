/**
 * shared/ names WebCrypto's types as globals, as browsers declare them; @types/node keeps them
 * under `crypto.webcrypto`. These aliases let electron/ compile the shared/ modules it imports,
 * against Node's own declarations (not DOM's).
 */
type CryptoKey = import('node:crypto').webcrypto.CryptoKey;
type CryptoKeyPair = import('node:crypto').webcrypto.CryptoKeyPair;
type HkdfParams = import('node:crypto').webcrypto.HkdfParams;
