import { z } from 'zod';
import type { StanceCounts } from './tally';

/** The ICANN GNSO designations, from strongest to weakest. */
export const CONSENSUS_LEVELS = ['full-consensus', 'consensus', 'strong-support-significant-opposition', 'divergence'] as const;
export const ConsensusLevelSchema = z.enum(CONSENSUS_LEVELS, { message: 'errors.unknownConsensusLevel' });
export type ConsensusLevel = z.infer<typeof ConsensusLevelSchema>;

/** GNSO leaves "small minority" to the chair; for a suggestion we call up to one objector in ten small. */
export const SMALL_MINORITY_SHARE = 0.1;

/**
 * A suggestion only: the chair designates the level. Undefined when nobody has responded.
 * Full consensus is suggested only when no one objected or stood aside.
 */
export function suggestConsensusLevel(counts: StanceCounts): ConsensusLevel | undefined {
  const support = counts.support + counts['support-with-reservations'];
  const responded = support + counts['stand-aside'] + counts.object;
  if (responded === 0) return undefined;
  if (support > 0 && counts.object === 0 && counts['stand-aside'] === 0) return 'full-consensus';
  const supportShare = support / responded;
  const objectionShare = counts.object / responded;
  if (supportShare > 0.5 && objectionShare <= SMALL_MINORITY_SHARE) return 'consensus';
  if (supportShare > 0.5) return 'strong-support-significant-opposition';
  return 'divergence';
}
