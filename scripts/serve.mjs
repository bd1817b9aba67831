// Serves the repository on 127.0.0.1 to try the examples: `pnpm build && pnpm serve`.
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { url } = await startStaticServer({ root, port: Number(process.env.PORT ?? 8080) });
console.log(`open287g examples: ${url}/examples/html/ (Ctrl-C to stop)`);
