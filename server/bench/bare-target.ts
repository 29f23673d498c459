/**
 * The bench's reference point: bare node:http answering the same bytes with no routing, checks or cache, in a
 * process of its own like the server. What it reaches is what this machine allows any Node server right now.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const body = Buffer.alloc(Number(process.env.BENCH_BODY_BYTES ?? 1236), 0x61);
const server = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Access-Control-Allow-Origin': '*' });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` });
});
process.on('message', (message: { type: string }) => {
  if (message.type === 'stop') server.close(() => process.exit(0));
});
