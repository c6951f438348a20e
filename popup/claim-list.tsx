import type { Finding } from '../src/core/types.ts';

const VERDICT_WORDS = { consistent: 'Consistent', conflicting: 'Conflicting', unverified: 'Unverified' } as const;

/** One claim or figure of the page: its verdict, why, and the source sentences behind it. */
function ClaimItem({ finding }: { finding: Finding }) {
  return (
    <li class="claim" data-kind={finding.kind} data-verdict={finding.verdict}>
      <span class={`verdict ${finding.verdict}`}>{VERDICT_WORDS[finding.verdict]}</span>
      <span class="kind">{finding.kind === 'number' ? 'Figure' : 'Claim'}</span>
      <p class="text">{finding.kind === 'number' ? `“${finding.text}” in “${finding.sentence}”` : finding.text}</p>
      <p class="explanation">{finding.explanation}</p>
      {finding.evidence.map((e, i) => (
        <div class="evidence" key={i}>
          <blockquote>{e.sentence}</blockquote>
          {e.speaker && <p class="who">Said by {e.speaker}{e.speakerRole ? `, ${e.speakerRole}` : ''}</p>}
          <p class="source">
            {e.source.outlet}{e.source.published ? ` · ${e.source.published}` : ''}
            {e.link && <> · <a href={e.link} target="_blank" rel="noopener noreferrer">open at the sentence</a></>}
          </p>
        </div>
      ))}
    </li>
  );
}

export function ClaimList({ findings }: { findings: Finding[] }) {
  return <ul>{findings.map((f, i) => <ClaimItem key={i} finding={f} />)}</ul>;
}
