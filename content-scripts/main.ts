import { browser, isContextGone, type Runtime } from '../src/browser.ts';
import { isContentRequest, type ContentRequest, type ToContent } from '../src/messages.ts';
import { SETTINGS_KEY, isActiveOn, loadSettings, parseSettings, type Settings } from '../src/settings.ts';
import { PageSession } from './page-session.ts';
import { readPageArticle } from './page-article.ts';

// One run per page: a marker on the window stops a second injection from highlighting twice.
const RUN_MARKER = Symbol.for('sourcelight.content-script');
const pageWindow = window as unknown as Record<symbol, boolean>;

let session: PageSession | null = null;

if (!pageWindow[RUN_MARKER]) {
  pageWindow[RUN_MARKER] = true;
  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void apply(parseSettings(changes[SETTINGS_KEY].newValue));
  });
  loadSettings().then(apply).catch((error: unknown) => {
    if (!isContextGone(error)) console.warn('Sourcelight:', error);
  });
}

/** Starts or stops Sourcelight on this page as the reader's pause and per-site switch say. */
async function apply(settings: Settings): Promise<void> {
  const active = isActiveOn(settings, location.hostname);
  if (active && !session) {
    session = new PageSession();
    await session.start();
  } else if (!active && session) {
    session.stop();
    session = null;
  }
}

function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  // Only Sourcelight's background may ask; anything else is not ours to answer.
  if (sender.id !== browser.runtime.id || sender.tab || !isContentRequest(message)) return undefined;
  return Promise.resolve(handle(message));
}

function handle(message: ContentRequest<keyof ToContent>): unknown {
  if (message.type === 'read-article') return readPageArticle(document);
  if (!session) return false;
  if (message.type === 'reveal') return session.reveal(message.finding);
  return message.direction === 'open' ? session.openCurrent() : session.move(message.direction);
}
