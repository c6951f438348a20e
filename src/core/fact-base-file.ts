import type { FactBaseFile } from './types.ts';
import { FACT_BASE_VERSION } from './facts.ts';
import { isRecord } from './is-record.ts';

/** Checks that parsed JSON is a fact base this version reads; throws an error that says what is wrong. */
export function validateFactBase(data: unknown): FactBaseFile {
  if (!isRecord(data)) throw new Error('a fact base must be a JSON object');
  if (data.version !== FACT_BASE_VERSION) throw new Error(`unsupported fact base version ${String(data.version)} (expected ${FACT_BASE_VERSION})`);
  if (!Array.isArray(data.facts)) throw new Error('a fact base needs a "facts" array');
  if (!Array.isArray(data.articles)) throw new Error('a fact base needs an "articles" array');
  data.facts.forEach((fact, i) => {
    const problem = factProblem(fact);
    if (problem) throw new Error(`fact ${i}: ${problem}`);
  });
  return data as unknown as FactBaseFile;
}

function factProblem(fact: unknown): string | null {
  if (!isRecord(fact)) return 'not an object';
  if (typeof fact.sentence !== 'string') return 'no sentence';
  if (fact.speaker !== null && typeof fact.speaker !== 'string') return 'speaker must be a string or null';
  if (fact.value !== null && typeof fact.value !== 'number') return 'value must be a number or null';
  if (!isRecord(fact.source) || typeof fact.source.outlet !== 'string') return 'no source';
  if (fact.quantity !== null && !isRecord(fact.quantity)) return 'quantity must be an object or null';
  return null;
}


