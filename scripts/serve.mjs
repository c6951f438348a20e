// A static file server on 127.0.0.1 for the demo and the end-to-end tests: the bundled example
// pages under /examples/ and the test fixtures under /pages/. Never a live site.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOTS = {
  '/examples/': fileURLToPath(new URL('../examples/', import.meta.url)),
  '/pages/': fileURLToPath(new URL('../tests/fixtures/pages/', import.meta.url)),
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };

/** Starts the server on a free port; resolves to its base address and a close function. */
export async function startServer(port = 0) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const prefix = Object.keys(ROOTS).find((p) => path.startsWith(p));
    const file = prefix ? normalize(ROOTS[prefix] + path.slice(prefix.length)) : null;
    if (!file || !file.startsWith(ROOTS[prefix]) || file.endsWith(sep)) {
      response.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address();
  return { baseUrl: `http://127.0.0.1:${actual}`, close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { baseUrl } = await startServer(Number(process.argv[2] ?? 8080));
  console.log(`serving ${baseUrl}/examples/ and ${baseUrl}/pages/`);
}
