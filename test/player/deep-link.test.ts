import { expect } from '@esm-bundle/chai';
import { fragmentIsFor, fragmentTime, parseTime, shareLink } from '../../src/player/deep-link.js';

describe('deep links: times', () => {
  it('reads seconds, mm:ss and h:mm:ss (with the media fragments npt: prefix)', () => {
    expect(parseTime('83')).to.equal(83);
    expect(parseTime('83.5')).to.equal(83.5);
    expect(parseTime('1:23')).to.equal(83);
    expect(parseTime('01:23')).to.equal(83);
    expect(parseTime('1:02:03')).to.equal(3723);
    expect(parseTime('npt:1:23')).to.equal(83);
    expect(parseTime(' 0 ')).to.equal(0);
    expect(parseTime('7200')).to.equal(7200);
  });

  it('refuses what is not a time', () => {
    for (const bad of [
      '',
      'abc',
      '-5',
      '1:75',
      '1:60:00',
      '1::2',
      '1:2:3:4',
      '12s',
      'NaN',
      'Infinity',
      '1e3',
      null,
      undefined,
    ]) {
      expect(parseTime(bad), String(bad)).to.equal(undefined);
    }
  });

  it('reads #t= fragments: seconds, clock, npt, ranges, with other parameters, and the widget id', () => {
    expect(fragmentTime('#t=83')).to.deep.equal({ seconds: 83 });
    expect(fragmentTime('#t=1:23')).to.deep.equal({ seconds: 83 });
    expect(fragmentTime('#t=npt:1:23')).to.deep.equal({ seconds: 83 });
    expect(fragmentTime('#t=83,120')).to.deep.equal({ seconds: 83 });
    expect(fragmentTime('#xywh=1,2,3,4&t=10')).to.deep.equal({ seconds: 10 });
    expect(fragmentTime('#t=10&widget=interview')).to.deep.equal({ seconds: 10, widget: 'interview' });
    expect(fragmentTime('')).to.equal(undefined);
    expect(fragmentTime('#section-2')).to.equal(undefined);
    expect(fragmentTime('#t=soon')).to.equal(undefined);
    expect(fragmentTime('#t=%E0%A4%A')).to.equal(undefined);
  });
});

describe('deep links: which widget, and shared links', () => {
  let box: HTMLDivElement;
  beforeEach(() => {
    box = document.createElement('div');
    box.innerHTML =
      '<podcast-episode id="first"></podcast-episode><podcast-episode id="second"></podcast-episode><podcast-episode></podcast-episode>';
    document.body.prepend(box);
  });
  afterEach(() => box.remove());

  it('a fragment without a widget id is for the first widget of the page; with one, for that widget', () => {
    const [first, second, third] = [...box.children];
    expect(fragmentIsFor({ seconds: 1 }, first!)).to.equal(true);
    expect(fragmentIsFor({ seconds: 1 }, second!)).to.equal(false);
    expect(fragmentIsFor({ seconds: 1, widget: 'second' }, second!)).to.equal(true);
    expect(fragmentIsFor({ seconds: 1, widget: 'second' }, first!)).to.equal(false);
    expect(fragmentIsFor({ seconds: 1, widget: 'second' }, third!)).to.equal(false);
  });

  it('links to the share-url page with #t= in whole seconds, replacing its fragment', () => {
    const [first] = [...box.children];
    expect(shareLink(83.9, 'https://show.example/ep/7?x=1#notes', first!)).to.equal(
      'https://show.example/ep/7?x=1#t=83',
    );
    expect(shareLink(-4, 'https://show.example/ep/7', first!)).to.equal('https://show.example/ep/7#t=0');
  });

  it('without an http(s) episode link, links to this page; a widget other than the first is named by its id', () => {
    const [first, second, third] = [...box.children];
    const page = location.href.split('#')[0];
    expect(shareLink(12, undefined, first!)).to.equal(`${page}#t=12`);
    expect(shareLink(12, 'javascript:alert(1)', first!)).to.equal(`${page}#t=12`);
    expect(shareLink(12, 'not a url', second!)).to.equal(`${page}#t=12&widget=second`);
    // No id to name it by: the plain fragment (it would start the first widget; nothing better exists).
    expect(shareLink(12, undefined, third!)).to.equal(`${page}#t=12`);
  });
});
