// The browsers, the built extension and Chromium's flags, as the demo and benchmarks use them.
export { CHROME_EXTENSION, CHROMIUM_ARGS, FIREFOX_EXTENSION, chromiumPath, firefoxPath } from '../../scripts/browsers.mjs';
