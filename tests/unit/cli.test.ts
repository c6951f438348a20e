import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/sourcelight.mjs', import.meta.url));
const TRT = fileURLToPath(new URL('../../facts/trt-2023-10-27-us-strikes-iranian-targets-syria.txt', import.meta.url));
const PAGE = fileURLToPath(new URL('../fixtures/pages/wire-report.html', import.meta.url));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('check --json prints the claims of a page as the contract says', () => {
  const { code, stdout } = run('check', PAGE, '--json');
  assert.equal(code, 0);
  const { claims } = JSON.parse(stdout);
  const nine = claims.find((c: { text: string }) => c.text === 'nine');
  assert.equal(nine.kind, 'number');
  assert.equal(nine.value, 9);
  assert.equal(nine.verdict, 'conflicting');
  assert.equal(nine.evidence[0].source.outlet, 'TRT');
  assert.equal(nine.evidence[0].source.published, '2023-10-27');
});

test('check offsets of a .txt page point at the highlighted characters of the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-'));
  const file = join(dir, 'page.txt');
  const text = 'A headline\n\nUS and coalition troops have been attacked at least 12 times in Iraq.\n';
  writeFileSync(file, text);
  const { claims } = JSON.parse(run('check', file, '--json').stdout);
  assert.ok(claims.length > 0);
  for (const c of claims) assert.equal(text.slice(c.start, c.end), c.text);
  assert.ok(claims.some((c: { text: string; verdict: string }) => c.text === 'at least 12' && c.verdict === 'consistent'));
});

test('facts builds a fact base; a broken article among good ones fails alone, named in one line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-'));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, 'Title: Empty\n\n');
  const out = join(dir, 'facts.json');
  const { code, stderr } = run('facts', TRT, empty, join(dir, 'missing.txt'), '--out', out);
  assert.equal(code, 2);
  assert.match(stderr, new RegExp(`^sourcelight: ${empty}: the article has no text$`, 'm'));
  assert.match(stderr, /^sourcelight: .*missing\.txt: no such file$/m);
  assert.doesNotMatch(stderr, /\n\s+at /); // no stack trace
  const factBase = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(factBase.articles.length, 1);
  assert.ok(factBase.facts.length > 10);
});

test('a fact base that cannot be parsed is a one-line error with exit code 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-'));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"facts": [');
  const { code, stderr, stdout } = run('check', PAGE, '--facts', bad);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.equal(stderr.trim().split('\n').length, 1);
  assert.match(stderr, /^sourcelight: .*bad\.json: not a fact base: /);
});
