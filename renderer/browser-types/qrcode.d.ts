/**
 * @types/qrcode declares the package's Node half too (file and stream output) and so references
 * @types/node, which would bring every Node global into the renderer/tsconfig.json typecheck. The renderer uses
 * only the browser build's `toString`, declared here as @types/qrcode declares it; renderer/tsconfig.json
 * tsconfig maps "qrcode" here. The tests' typecheck still checks the same calls against @types/qrcode.
 */
export interface QRCodeToStringOptions {
  type?: 'svg' | 'terminal' | 'utf8';
  errorCorrectionLevel?: 'low' | 'medium' | 'quartile' | 'high' | 'L' | 'M' | 'Q' | 'H';
  margin?: number;
}

declare const QRCode: {
  toString(text: string, options?: QRCodeToStringOptions): Promise<string>;
};
export default QRCode;
