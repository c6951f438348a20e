// Where the browsers and the built extension are, and how Chromium is started with it: shared by
// the demo, the screenshots, the benchmarks and the end-to-end tests.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built extension folders; `node build.mjs` makes them. */
export const CHROME_EXTENSION = fileURLToPath(new URL('../dist/chrome', import.meta.url));
export const FIREFOX_EXTENSION = fileURLToPath(new URL('../dist/firefox', import.meta.url));

/** A browser on this machine: the environment variable when set, else Debian's path. */
function browserPath(variable, fallback) {
  const path = process.env[variable] || fallback;
  if (!existsSync(path)) {
    throw new Error(`${path} not found: install it (sudo scripts/install-browsers.sh) or set ${variable}`);
  }
  return path;
}

export const chromiumPath = () => browserPath('SOURCELIGHT_CHROMIUM', '/usr/bin/chromium');
export const firefoxPath = () => browserPath('SOURCELIGHT_FIREFOX', '/usr/bin/firefox-esr');

/** Flags that load the extension and keep Chromium off the network (none is reachable here) and quiet. */
export const CHROMIUM_ARGS = (extension) => [
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
