/** Types of browsers.mjs for the TypeScript tests and benchmarks. */
export const CHROME_EXTENSION: string;
export const FIREFOX_EXTENSION: string;
export function chromiumPath(): string;
export function firefoxPath(): string;
export function CHROMIUM_ARGS(extension: string): string[];
