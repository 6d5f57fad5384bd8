/** Both kinds of poll open for answers and close for good; a closed poll keeps its answers as the record. */
export const POLL_STATUSES = ['open', 'closed'] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];
