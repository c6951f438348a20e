import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOfArticle } from '../../src/core/facts.ts';
import { trtArticle } from './trt.ts';
import { splitSentences } from '../../src/core/sentences.ts';
import { attributeSentences, newSpeakerMemory } from '../../src/core/speakers.ts';

/** Every sentence of the TRT article with the speaker attribution gives it. */
function attributedSentences() {
  const memory = newSpeakerMemory();
  return trtArticle().paragraphs.flatMap((p) => {
    const sentences = splitSentences(p.text);
    const speakers = attributeSentences(p.text, sentences, memory);
    return sentences.map((s, i) => ({ text: s.text, speaker: speakers[i]?.name ?? null }));
  });
}

const speakerOf = (start: string) => {
  const fact = factsOfArticle(trtArticle()).find((f) => f.sentence.startsWith(start));
  assert.ok(fact, `no fact starts with ${start}`);
  return [fact.speaker, fact.speakerRole];
};

test('each quote and report in the TRT article has its speaker, with role and full name', () => {
  assert.deepEqual(speakerOf('The US military has carried out strikes'), ['Pentagon', null]);
  assert.deepEqual(speakerOf('"These precision self-defense strikes'), ['Lloyd Austin', 'US Defense Secretary']);
  assert.deepEqual(speakerOf('President Biden has sent a rare message'), ['White House', null]);
  assert.deepEqual(speakerOf('"I say frankly'), ['Hossein Amir-Abdollahian', 'Foreign Minister']);
});

test('the article’s own voice has no speaker', () => {
  assert.deepEqual(speakerOf('As tensions soar'), [null, null]);
  assert.deepEqual(speakerOf('The strikes were ordered by President Joe Biden.'), [null, null]);
});

test('a quote paragraph without a speech verb continues the previous speaker; a multi-sentence quote keeps its speaker', () => {
  const sentences = attributedSentences();
  const speaker = (start: string) => sentences.find((s) => s.text.startsWith(start))?.speaker;
  // "…," Austin said: a later surname resolves to the full name.
  assert.equal(speaker('"These Iranian-backed attacks'), 'Lloyd Austin');
  assert.equal(speaker('"If attacks by Iran'), 'Lloyd Austin');
  assert.equal(speaker('"There was a direct message relayed.'), 'John Kirby');
  assert.equal(speaker("That's as far as I'm going to go,"), 'John Kirby');
  assert.equal(speaker('"But I warn if the genocide'), 'Hossein Amir-Abdollahian');
  assert.equal(speaker('There is growing concern'), null);
});

test('"Construction added 14,000 jobs": a count added, no one speaking; "she added" still speaks', () => {
  const paragraph = 'In manufacturing, employment fell by 9,000. Construction added 14,000 jobs. "The picture is uneven," Rhea Vandrell added.';
  const sentences = splitSentences(paragraph);
  const speakers = attributeSentences(paragraph, sentences, newSpeakerMemory()).map((s) => s?.name ?? null);
  assert.deepEqual(speakers, [null, null, 'Rhea Vandrell']);
});

test('"Marrowgate General Hospital said", "the Justice Ministry said": a body named whole, not a role and a word', () => {
  const paragraph = 'Six remained in hospital, two of them in a critical condition, Marrowgate General Hospital said. The prison population rose to 48,650, the Justice Ministry said.';
  const sentences = splitSentences(paragraph);
  const speakers = attributeSentences(paragraph, sentences, newSpeakerMemory()).map((s) => s?.name ?? null);
  assert.deepEqual(speakers, ['Marrowgate General Hospital', 'Justice Ministry']);
});

test('what a review found: "she added 20 minutes later", "He added two firefighters were injured" still speak; "Inspector House" is a person', () => {
  const speakersOf = (paragraph: string) => attributeSentences(paragraph, splitSentences(paragraph), newSpeakerMemory()).map((s) => s?.name ?? null);
  assert.deepEqual(speakersOf('Rhea Vandrell spoke first. "The picture is uneven," she added 20 minutes later.'), [null, 'Rhea Vandrell']);
  assert.deepEqual(speakersOf('Rhea Vandrell spoke first. He added two firefighters were injured.'), [null, 'Rhea Vandrell']);
  assert.deepEqual(speakersOf('Inspector Tom House said three men died. Inspector House said more would follow.'), ['Tom House', 'Tom House']);
});

test('who did something before saying, joined by "but" or "and", is who says: "X, general secretary of …, welcomed the mentors but said"', () => {
  const paragraph = 'Tobias Ferrand, general secretary of the Association of School Leaders, welcomed the mentors but said the money would reach fewer than 3% of schools. "A pilot in 600 schools is not a national plan," he said.';
  const speakers = attributeSentences(paragraph, splitSentences(paragraph), newSpeakerMemory());
  assert.equal(speakers[0]?.name, 'Tobias Ferrand');
  assert.equal(speakers[0]?.role, 'general secretary of the Association of School Leaders');
});

test('a "she" joined to the verb of saying is whom the sentences before named, not the person she thanked', () => {
  const paragraph = 'Mayor Lena Ortiz visited the ward. She thanked nurse Ann Mote and said 30 people had been discharged.';
  const speakers = attributeSentences(paragraph, splitSentences(paragraph), newSpeakerMemory());
  assert.equal(speakers[1]?.name, 'Lena Ortiz');
});
