import type { Quantity } from './types.ts';
import { wordKey } from './words.ts';
import { withinATenth } from './values.ts';

/**
 * An explainer's answer gives a figure the question named: "How many people were hurt? Thirteen,
 * according to the ambulance service." counts people hurt. The first figure of the sentence after
 * the question, when its own words name nothing it counts, takes the question's noun and verb.
 * (Written here rather than found by a parser: the questions explainers ask are few and plain.)
 */
export function answerTheQuestion(quantities: Quantity[], sentence: string, question: string | null): void {
  const asked = question ? HOW_MANY.exec(question.trim()) : null;
  const first = quantities[0];
  if (!asked || !first || first.kind !== 'quantity' || first.nounKey !== '' || (first.unit !== null && first.unit !== 'fraction' && first.unit !== 'percent')) return;
  // (The figure opens its answer, at most after a hedge: "About 2.6 million", not "…estimate was about 90".)
  if (/\p{L}/u.test(sentence.slice(0, first.start))) return;
  const noun = asked[1].trim();
  first.noun = noun;
  first.nounKey = wordKey(noun.split(/\s+/).pop()!);
  // ("How many pensioners are there?" says only that they are.)
  if (first.about === '' && !/^there$/i.test(asked[3])) first.about = asked[2] ? `${asked[2]} ${asked[3]}` : asked[3];
}

/** "How many people were hurt?", "How many pensioners are there?", "How many adults struggle with reading?" */
const HOW_MANY = /^how many\s+(?!(?:were|are|was|is|have|has|had|did|do|will|of)\b)((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:(were|are|was|is|have been|had been|have|has|had|did|do|will)\s+)?([a-z][^?]*)\?$/i;

/**
 * A question that puts a figure to the speaker is answered by the figure that settles it: "And the
 * force now has nearly three thousand officers, doesn't it?" / "That's right: two thousand nine
 * hundred and sixty" counts officers. The answer's first figure, when it names nothing it counts,
 * takes the noun and verb of the question's figure of its unit and near its value.
 */
export function answerTheFigureAsked(quantities: Quantity[], asked: Quantity[] | null): void {
  const first = quantities.find((q) => q.kind === 'quantity');
  if (!asked || !first || first.value === null || first.nounKey !== '' || first.noun !== '') return;
  const put = asked.find((q) => q.kind === 'quantity' && q.nounKey !== '' && q.unit === first.unit && q.value !== null && withinATenth(q.value, first.value!));
  if (!put) return;
  first.noun = put.noun;
  first.nounKey = put.nounKey;
  if (first.about === '') first.about = put.about;
}
