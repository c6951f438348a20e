import type { Finding, Verdict } from '../src/core/types.ts';
import { VERDICT_WORDS } from '../src/verdict-words.ts';

const ORDER: Verdict[] = ['conflicting', 'consistent', 'unverified'];

/** One claim or figure of the page: its verdict, why, and the source sentences behind it. */
function ClaimItem({ finding, onReveal }: { finding: Finding; onReveal: () => void }) {
  return (
    <li class="claim" data-kind={finding.kind} data-verdict={finding.verdict}>
      <button type="button" class="reveal" onClick={onReveal} title="Show it on the page">
        <span class={`verdict ${finding.verdict}`}>{VERDICT_WORDS[finding.verdict]}</span>
        <span class="kind">{finding.kind === 'number' ? 'Figure' : 'Claim'}</span>
        <span class="text">{finding.kind === 'number' ? `“${finding.text}” in “${finding.sentence}”` : finding.text}</span>
      </button>
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

/** The page's findings grouped by verdict, conflicts first; a click shows one on the page. */
export function ClaimList({ findings, onReveal }: { findings: Finding[]; onReveal: (index: number) => void }) {
  const indexed = findings.map((finding, index) => ({ finding, index }));
  return (
    <>
      {ORDER.map((verdict) => {
        const group = indexed.filter(({ finding }) => finding.verdict === verdict);
        if (group.length === 0) return null;
        return (
          <section class="group" key={verdict} aria-labelledby={`group-${verdict}`}>
            <h2 id={`group-${verdict}`}>{VERDICT_WORDS[verdict]} ({group.length})</h2>
            <ul>{group.map(({ finding, index }) => <ClaimItem key={index} finding={finding} onReveal={() => onReveal(index)} />)}</ul>
          </section>
        );
      })}
    </>
  );
}
