import { z } from 'zod';

/**
 * Zod 4 compiles object schemas with `new Function` where it can, and finds out whether it can by
 * trying. Under our Content-Security-Policy (no 'unsafe-eval') that try is refused and reported as
 * a violation on every start. Parsing without the compiled fast path is plenty fast for our sizes.
 * Imported first by main.tsx, so it is set before any schema parses.
 */
z.config({ jitless: true });
