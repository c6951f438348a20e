import { readFile, readdir, writeFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { buildFactBase } from '../core/facts.ts';
import { validateFactBase } from '../core/fact-base-file.ts';
import { FactIndex } from '../core/fact-index.ts';
import { analyseParagraphs } from '../core/analyse.ts';
import { splitParagraphs } from '../core/article.ts';
import type { Article } from '../core/article.ts';
import type { FactBaseFile, Finding } from '../core/types.ts';
import { htmlParagraphs, readArticleFile } from './read-article.ts';

const USAGE = `usage:
  sourcelight facts <article.txt|article.html …> --out <factbase.json>
  sourcelight check <page.html|page.txt> [--facts <factbase.json>] [--json]`;

/** A problem with the user's input: printed as one line, exit code 2. */
class InputError extends Error {}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'facts') return await factsCommand(rest);
    if (command === 'check') return await checkCommand(rest);
    console.error(USAGE);
    return command === undefined || command === '--help' ? 0 : 2;
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`sourcelight: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new InputError(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

async function factsCommand(args: string[]): Promise<number> {
  const out = option(args, '--out');
  if (!out || args.length === 0) throw new InputError(`facts needs article files and --out\n${USAGE}`);
  const { articles, failed } = await readArticles(args);
  const factBase = buildFactBase(articles);
  await writeFile(out, serialise(factBase));
  console.error(`sourcelight: ${factBase.facts.length} facts from ${articles.length} articles written to ${out}`);
  return failed ? 2 : 0;
}

/** Reads each article; a broken one is reported on its own line and the others are still read. */
async function readArticles(paths: string[]): Promise<{ articles: Article[]; failed: boolean }> {
  const articles: Article[] = [];
  let failed = false;
  for (const path of paths) {
    try {
      const article = await readArticleFile(path);
      for (const warning of article.warnings) console.error(`sourcelight: warning: ${path}: ${warning}`);
      articles.push(article);
    } catch (error) {
      console.error(`sourcelight: ${path}: ${describe(error)}`);
      failed = true;
    }
  }
  return { articles, failed };
}

function serialise(factBase: FactBaseFile): string {
  return `${JSON.stringify(factBase, null, 1)}\n`;
}

async function checkCommand(args: string[]): Promise<number> {
  const factsPath = option(args, '--facts');
  const json = args.includes('--json');
  const [page, ...extra] = args.filter((a) => a !== '--json');
  if (!page || extra.length > 0) throw new InputError(`check needs one page\n${USAGE}`);
  const factBase = factsPath ? await readFactBase(factsPath) : await bundledFactBase();
  const { text, paragraphs } = await readPage(page);
  const findings = analyseParagraphs(paragraphs.map((p) => p.text), new FactIndex(factBase.facts));
  const claims = findings.map((f) => toClaim(f, paragraphs[f.paragraph].start));
  if (json) console.log(JSON.stringify({ claims }, null, 2));
  else for (const c of claims) console.log(formatClaim(c, text));
  return 0;
}

async function readFactBase(path: string): Promise<FactBaseFile> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: ${describe(error)}`);
  }
  try {
    return validateFactBase(JSON.parse(content));
  } catch (error) {
    throw new InputError(`${path}: not a fact base: ${describe(error)}`);
  }
}

/** The fact base the extension bundles, built from the articles in facts/. */
async function bundledFactBase(): Promise<FactBaseFile> {
  const dir = new URL('../../facts/', import.meta.url);
  const names = (await readdir(dir)).filter((n) => /\.(txt|html?)$/.test(n)).sort();
  const { articles } = await readArticles(names.map((n) => new URL(n, dir).pathname));
  return buildFactBase(articles);
}

/** A page's text and paragraphs: a .txt file as read; an .html page's article paragraphs joined by blank lines. */
async function readPage(path: string): Promise<{ text: string; paragraphs: Array<{ text: string; start: number }> }> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: ${describe(error)}`);
  }
  if (!/\.html?$/i.test(path)) return { text: content, paragraphs: splitParagraphs(content) };
  const { document } = parseHTML(content);
  const texts = htmlParagraphs(document as unknown as Document);
  if (texts.length === 0) throw new InputError(`${path}: no article text found in the page`);
  const text = texts.join('\n\n');
  let start = 0;
  const paragraphs = texts.map((t) => {
    const p = { text: t, start };
    start += t.length + 2;
    return p;
  });
  return { text, paragraphs };
}

function toClaim(f: Finding, paragraphStart: number) {
  return {
    kind: f.kind,
    text: f.text,
    start: paragraphStart + f.start,
    end: paragraphStart + f.end,
    ...(f.kind === 'number' ? { value: f.value } : {}),
    verdict: f.verdict,
    explanation: f.explanation,
    evidence: f.evidence,
  };
}

function formatClaim(c: ReturnType<typeof toClaim>, _text: string): string {
  const head = `${c.verdict.toUpperCase().padEnd(11)} ${c.kind === 'number' ? 'figure' : 'claim '} “${c.text}”`;
  const lines = [head, `            ${c.explanation}`];
  for (const e of c.evidence) lines.push(`            source: “${e.sentence}” (${[e.speaker, e.source.outlet, e.source.published].filter(Boolean).join(', ')})`);
  return lines.join('\n');
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EISDIR') return 'is a directory, not a file';
  if (e?.code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(error);
}
