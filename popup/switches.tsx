import type { Settings } from '../src/settings.ts';

/** The global pause and the switch for this site, both remembered. */
export function Switches({ settings, host, onChange }: { settings: Settings; host: string | null; onChange: (s: Settings) => void }) {
  const siteOff = host !== null && settings.disabledSites.includes(host);
  const toggleSite = () => {
    if (!host) return;
    const disabledSites = siteOff ? settings.disabledSites.filter((h) => h !== host) : [...settings.disabledSites, host];
    onChange({ ...settings, disabledSites });
  };
  return (
    <div class="switches">
      <label>
        <input type="checkbox" checked={settings.paused} onChange={() => onChange({ ...settings, paused: !settings.paused })} />
        Pause Sourcelight everywhere
      </label>
      {host && (
        <label>
          <input type="checkbox" checked={siteOff} onChange={toggleSite} />
          Off on {host}
        </label>
      )}
    </div>
  );
}
