import type { SnippetSegment } from '../../shared/search/snippet';

/** Matched words in <mark>, built as elements: record text is never read as markup. */
export function Highlighted({ segments }: { segments: readonly SnippetSegment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.mark ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </>
  );
}
