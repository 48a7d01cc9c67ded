/**
 * The client's own fetch on Node's http module, against a small server on 127.0.0.1: the
 * behaviours node-fetch gave and the client relies on.
 */
import { strict as assert } from 'node:assert';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { nodeHttpFetch } from '../../../src/core/clickup/nodeHttpFetch';

describe('nodeHttpFetch', () => {
  let server: http.Server;
  let base: string;
  const seen: { method?: string; body: string; headers: http.IncomingHttpHeaders }[] = [];

  before(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        seen.push({ method: req.method, body, headers: req.headers });
        if (req.url === '/gzip') {
          res.writeHead(200, { 'content-encoding': 'gzip', 'x-ratelimit-remaining': '7' });
          res.end(gzipSync(JSON.stringify({ ok: 'zipped ✓' })));
        } else if (req.url === '/redirect') {
          res.writeHead(302, { location: 'http://example.invalid/' });
          res.end();
        } else if (req.url === '/slow') {
          setTimeout(() => res.end('late'), 2000);
        } else if (req.url === '/cut') {
          res.writeHead(200, { 'content-length': '100' });
          res.write('{"half":');
          setTimeout(() => res.socket?.destroy(), 20);
        } else {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(body === '' ? '{}' : body);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends the method, headers and body, and reads the answer as text', async () => {
    const response = await nodeHttpFetch(`${base}/echo`, { method: 'PUT', headers: { Authorization: 'pk_1_x' }, body: '{"é":1}', redirect: 'manual' });
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '{"é":1}');
    const last = seen[seen.length - 1];
    assert.equal(last.method, 'PUT');
    assert.equal(last.headers.authorization, 'pk_1_x');
    assert.equal(last.headers['content-length'], String(Buffer.byteLength('{"é":1}')));
  });

  it('decodes a gzip answer and reads its headers by lower-case name', async () => {
    const response = await nodeHttpFetch(`${base}/gzip`, { method: 'GET', headers: {}, redirect: 'manual' });
    assert.equal(response.headers.get('X-RateLimit-Remaining'), '7');
    assert.equal(response.headers.get('x-missing'), null);
    assert.deepEqual(JSON.parse(await response.text()), { ok: 'zipped ✓' });
  });

  it('never follows a redirect: the 3xx comes back as it is', async () => {
    const response = await nodeHttpFetch(`${base}/redirect`, { method: 'GET', headers: {}, redirect: 'manual' });
    assert.equal(response.status, 302);
  });

  it('rejects as aborted when the signal aborts before the answer', async () => {
    const controller = new AbortController();
    const pending = nodeHttpFetch(`${base}/slow`, { method: 'GET', headers: {}, signal: controller.signal, redirect: 'manual' });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending, (error: Error) => error.name === 'AbortError');
  });

  it('rejects reading the body when the connection breaks before its end', async () => {
    const response = await nodeHttpFetch(`${base}/cut`, { method: 'GET', headers: {}, redirect: 'manual' });
    await assert.rejects(response.text());
  });
});
