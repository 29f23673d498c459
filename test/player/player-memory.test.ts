import { expect } from '@esm-bundle/chai';
import { PlayerMemory, rememberRate, rememberedRate, type StorageSource } from '../../src/player/player-memory.js';
import { clearPlayerMemory, isolateTestPage } from './helpers.js';

const FEED = `https://memory-test.example/feed-${Math.random().toString(36).slice(2)}.xml`;

before(isolateTestPage);
const forget = clearPlayerMemory;

/** Storage that fails the way browsers do: SecurityError on access (private mode, disabled), or on every call. */
const unreachable: StorageSource = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};
const throwing: StorageSource = () =>
  ({
    getItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  }) as unknown as Storage;

describe('player memory (localStorage, keyed by feed and guid)', () => {
  beforeEach(forget);
  after(forget);

  it('remembers positions per episode and per feed', () => {
    const memory = new PlayerMemory(FEED);
    memory.savePosition('ep-1', 754.8);
    memory.savePosition('ep-2', 10);
    expect(new PlayerMemory(FEED).episode('ep-1')?.position).to.equal(754);
    expect(new PlayerMemory(FEED).episode('ep-2')?.position).to.equal(10);
    expect(new PlayerMemory(`${FEED}?other`).episode('ep-1')).to.equal(undefined);
    memory.clearPosition('ep-1');
    expect(new PlayerMemory(FEED).episode('ep-1')?.position).to.equal(undefined);
  });

  it('marks an episode played and forgets its position', () => {
    const memory = new PlayerMemory(FEED);
    memory.savePosition('ep-3', 100);
    memory.markPlayed('ep-3');
    expect(memory.episode('ep-3')).to.include({ played: true });
    expect(memory.episode('ep-3')?.position).to.equal(undefined);
    expect([...memory.playedGuids()]).to.deep.equal(['ep-3']);
    // Listening again keeps the mark.
    memory.savePosition('ep-3', 20);
    expect(memory.playedGuids().has('ep-3')).to.equal(true);
  });

  it('remembers one speed for every feed', () => {
    expect(rememberedRate()).to.equal(undefined);
    rememberRate(1.5);
    expect(rememberedRate()).to.equal(1.5);
    rememberRate(Number.NaN);
    expect(rememberedRate()).to.equal(1.5);
  });

  it('ignores what another script left under its keys', () => {
    localStorage.setItem(
      `podcast-episode:${FEED}`,
      '{"ep-1": {"position": "soon", "at": 1}, "ep-2": {"position": 30, "at": 2}, "ep-3": null}',
    );
    localStorage.setItem('podcast-episode:rate', '"fast"');
    const memory = new PlayerMemory(FEED);
    expect(memory.episode('ep-1')).to.equal(undefined);
    expect(memory.episode('ep-2')?.position).to.equal(30);
    expect(rememberedRate()).to.equal(undefined);
    localStorage.setItem(`podcast-episode:${FEED}`, '{not json');
    expect(memory.episode('ep-2')).to.equal(undefined);
    memory.savePosition('ep-2', 31);
    expect(memory.episode('ep-2')?.position).to.equal(31);
  });

  it('keeps the 200 most recently heard episodes of a feed', () => {
    const memory = new PlayerMemory(FEED);
    for (let i = 0; i < 205; i++) memory.savePosition(`ep-${i}`, i);
    const stored = JSON.parse(localStorage.getItem(`podcast-episode:${FEED}`)!) as Record<string, unknown>;
    expect(Object.keys(stored)).to.have.length(200);
    expect(memory.episode('ep-204')?.position).to.equal(204);
  });

  it('storage that throws (private mode, disabled, full) reads as empty and never throws', () => {
    for (const storage of [unreachable, throwing, () => undefined]) {
      const memory = new PlayerMemory(FEED, storage);
      expect(() => memory.savePosition('ep-1', 10)).to.not.throw();
      expect(() => memory.markPlayed('ep-1')).to.not.throw();
      expect(() => memory.clearPosition('ep-1')).to.not.throw();
      expect(memory.episode('ep-1')).to.equal(undefined);
      expect(memory.playedGuids().size).to.equal(0);
      expect(() => rememberRate(2, storage)).to.not.throw();
      expect(rememberedRate(storage)).to.equal(undefined);
    }
  });
});
