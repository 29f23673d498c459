// The Node cache's byte budget and the rate limiter, alone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryStore } from '../cache/memory-store.js';
import { RateLimiter } from '../rate-limit.js';

describe('MemoryStore', () => {
  it('stays within its byte budget, dropping the least recently used', async () => {
    const store = new MemoryStore(200_000);
    const entry = (n: number) => ({
      body: new Uint8Array(10_000).fill(n),
      contentType: 'text/plain',
      finalUrl: '',
      storedAt: n,
    });
    for (let n = 0; n < 100; n++) await store.put(`https://feeds.example/${n}`, entry(n), 60);
    assert.ok(store.size <= 200_000, `${store.size} bytes held`);
    assert.ok(store.count >= 15 && store.count < 20, `${store.count} entries`);
    assert.equal(await store.get('https://feeds.example/0'), undefined);
    assert.equal((await store.get('https://feeds.example/99'))?.storedAt, 99);
  });

  it('keeps no entry larger than the whole budget', async () => {
    const store = new MemoryStore(1000);
    await store.put('big', { body: new Uint8Array(5000), contentType: 'text/plain', finalUrl: '', storedAt: 0 }, 60);
    assert.equal(store.count, 0);
  });
});

describe('RateLimiter', () => {
  it('counts per client per minute', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(2, () => now);
    assert.equal(limiter.take('a'), 0);
    assert.equal(limiter.take('a'), 0);
    assert.ok(limiter.take('a') > 0);
    assert.equal(limiter.take('b'), 0, 'another client has its own count');
    now += 60_000;
    assert.equal(limiter.take('a'), 0, 'a new minute starts afresh');
  });

  it('is off at 0', () => {
    const limiter = new RateLimiter(0);
    for (let i = 0; i < 1000; i++) assert.equal(limiter.take('a'), 0);
  });
});
