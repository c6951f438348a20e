/** Types of serve.mjs for the TypeScript tests. */
export function startServer(port?: number): Promise<{ baseUrl: string; close(): Promise<void> }>;
