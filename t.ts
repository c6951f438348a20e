import { findQuantities } from './src/core/numbers.ts';
import { thingOf } from './src/core/thing.ts';
const ts = process.argv.slice(2);
for (const t of ts) console.log(findQuantities(t).map(q=>JSON.stringify([q.text,q.noun,q.about,thingOf(q,t)])).join('\n'));
