import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built extension folders; `npm test` builds them first. */
export const CHROME_EXTENSION = fileURLToPath(new URL('../../dist/chrome', import.meta.url));
export const FIREFOX_EXTENSION = fileURLToPath(new URL('../../dist/firefox', import.meta.url));

/** A browser on this machine: the environment variable when set, else Debian's path. */
function browserPath(variable: string, fallback: string): string {
  const path = process.env[variable] || fallback;
  if (!existsSync(path)) throw new Error(`${path} not found: install it (apt-get install -y ${fallback.split('/').pop()}) or set ${variable}`);
  return path;
}

export const chromiumPath = () => browserPath('SOURCELIGHT_CHROMIUM', '/usr/bin/chromium');
export const firefoxPath = () => browserPath('SOURCELIGHT_FIREFOX', '/usr/bin/firefox-esr');

/** Flags that keep Chromium off the network (none is reachable here) and quiet. */
export const CHROMIUM_ARGS = (extension: string) => [
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
