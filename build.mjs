// Builds Sourcelight: the bundles (background, content script, popup), the fact base from facts/,
// and one folder per browser, dist/chrome/ and dist/firefox/, each with its own manifest.json.
// Usage: node build.mjs [--watch]
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { watch } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const root = new URL('./', import.meta.url);
const BROWSERS = ['chrome', 'firefox'];
const GECKO_ID = 'sourcelight@sourcelight.invalid';
const STATIC_FILES = [
  ['content-scripts/content.css', 'content.css'],
  ['popup/popup.html', 'popup.html'],
  ['popup/popup.css', 'popup.css'],
  ['icons', 'icons'],
];

/** The root manifest, adapted to what each browser expects of its background and settings. */
function manifestFor(browser, base) {
  const manifest = structuredClone(base);
  if (browser === 'chrome') {
    manifest.minimum_chrome_version = '121';
  } else {
    manifest.background = { scripts: [base.background.service_worker] };
    manifest.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    };
  }
  return manifest;
}

function bundleOptions(outdir) {
  return {
    entryPoints: {
      background: 'src/background/main.ts',
      content: 'content-scripts/main.ts',
      popup: 'popup/main.tsx',
    },
    outdir,
    bundle: true,
    format: 'iife',
    target: ['chrome121', 'firefox140'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    legalComments: 'none',
    logLevel: 'warning',
  };
}

/** Builds the fact base from every article in facts/; a broken article is reported, the others still build. */
async function buildFactBase() {
  const { readArticleFile } = await tsImport('./src/cli/read-article.ts', import.meta.url);
  const { buildFactBase: build } = await tsImport('./src/core/facts.ts', import.meta.url);
  const names = (await readdir(new URL('facts/', root))).filter((n) => /\.(txt|html?)$/.test(n)).sort();
  const articles = [];
  for (const name of names) {
    try {
      const article = await readArticleFile(new URL(`facts/${name}`, root));
      for (const warning of article.warnings) console.warn(`facts/${name}: ${warning}`);
      articles.push(article);
    } catch (error) {
      console.error(`facts/${name}: ${error.message}`);
    }
  }
  return `${JSON.stringify(build(articles), null, 1)}\n`;
}

async function buildOnce() {
  const base = JSON.parse(await readFile(new URL('manifest.json', root), 'utf8'));
  const factBase = await buildFactBase();
  for (const browser of BROWSERS) {
    const out = new URL(`dist/${browser}/`, root);
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    await esbuild.build(bundleOptions(out.pathname));
    for (const [from, to] of STATIC_FILES) await cp(new URL(from, root), new URL(to, out), { recursive: true });
    await writeFile(new URL('manifest.json', out), `${JSON.stringify(manifestFor(browser, base), null, 2)}\n`);
    await writeFile(new URL('facts.json', out), factBase);
  }
  console.log(`built dist/chrome and dist/firefox (${JSON.parse(factBase).facts.length} facts)`);
}

await buildOnce();

if (process.argv.includes('--watch')) {
  let timer = null;
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => buildOnce().catch((e) => console.error(e.message)), 150);
  };
  for (const dir of ['src', 'content-scripts', 'popup', 'facts', 'icons']) watch(new URL(dir, root), { recursive: true }, rebuild);
  watch(new URL('manifest.json', root), rebuild);
  console.log('watching for changes…');
}
