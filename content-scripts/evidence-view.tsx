import type { Evidence } from '../src/core/types.ts';

/** A sentence with one figure in it emphasised. */
export function Quote({ sentence, figure }: { sentence: string; figure: string | null }) {
  const at = figure ? sentence.indexOf(figure) : -1;
  if (!figure || at < 0) return <blockquote>{sentence}</blockquote>;
  return (
    <blockquote>
      {sentence.slice(0, at)}
      <mark>{figure}</mark>
      {sentence.slice(at + figure.length)}
    </blockquote>
  );
}

/** One source statement: the sentence, who said it, the outlet and date, and a link back to it. */
export function EvidenceView({ evidence }: { evidence: Evidence }) {
  const { source } = evidence;
  return (
    <div class="evidence">
      <Quote sentence={evidence.sentence} figure={evidence.figure} />
      {evidence.speaker && (
        <p class="who">
          Said by {evidence.speaker}
          {evidence.speakerRole ? `, ${evidence.speakerRole}` : ''}
        </p>
      )}
      <p class="where">
        {source.outlet || 'Unknown outlet'}
        {source.published ? ` · ${source.published}` : ''}
        {source.title ? ` · “${source.title}”` : ''}
      </p>
      {evidence.link && (
        <p class="where">
          <a href={evidence.link} target="_blank" rel="noopener noreferrer">Open the source at this sentence</a>
        </p>
      )}
    </div>
  );
}
