import { readFileSync } from 'node:fs';
import { parseTextArticle } from '../../src/core/article.ts';

/** The bundled TRT article, as the fact base reads it. */
export const trtArticle = () =>
  parseTextArticle(readFileSync(new URL('../../facts/trt-2023-10-27-us-strikes-iranian-targets-syria.txt', import.meta.url), 'utf8'));
