import { z } from 'zod';
import { isSignalingUrl } from './signaling-url';

/** A relay's address follows the same rule as a signaling server's: ws:// or wss://, no credentials, no fragment. */
export const RelayUrlSchema = z.string().trim().max(300, { message: 'relay.errors.tooLong' }).refine(isSignalingUrl, { message: 'relay.errors.invalidUrl' });
export const RelayUrlsSchema = z.array(RelayUrlSchema).max(8, { message: 'relay.errors.tooMany' });
