import { browser } from './browser.ts';

/** The reader's switches, remembered in storage.local: a global pause and the sites turned off. */
export interface Settings {
  paused: boolean;
  disabledSites: string[];
}

export const SETTINGS_KEY = 'settings';
const DEFAULTS: Settings = { paused: false, disabledSites: [] };

/** A stored value as settings; anything malformed falls back to the defaults (and says so). */
export function parseSettings(value: unknown): Settings {
  if (value === undefined) return { ...DEFAULTS };
  const v = value as Partial<Settings>;
  if (typeof v !== 'object' || v === null || typeof v.paused !== 'boolean' || !Array.isArray(v.disabledSites) ||
      !v.disabledSites.every((s) => typeof s === 'string')) {
    console.warn('Sourcelight: the stored settings are malformed; using the defaults');
    return { ...DEFAULTS };
  }
  return { paused: v.paused, disabledSites: v.disabledSites };
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Whether Sourcelight should work on a page of this host. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(host);
}
