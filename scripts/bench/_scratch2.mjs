import puppeteer from 'puppeteer-core';
import { startStaticServer } from '../lib/static-server.mjs';
import { TRACE_CATEGORIES } from './trace.mjs';
const root = new URL('../..', import.meta.url).pathname;
const proj = await startStaticServer({ root });
const feeds = await startStaticServer({ root: '/work/shared/feeds', cors: true });
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
try {
const page = await browser.newPage();
await page.setCacheEnabled(false);
await page.goto(proj.url + 'scripts/bench/page.html');
await page.waitForFunction(() => window.bench);
await page.tracing.start({ categories: [...TRACE_CATEGORIES, 'disabled-by-default-v8.cpu_profiler'] });
const r = await page.evaluate(async (u) => { const r = await bench.widget(u); await bench.settle(300); bench.mark('bench:widget:settled'); return r; }, feeds.url + 'alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml?x=1');
const buf = await page.tracing.stop();
console.log(r);
const events = JSON.parse(new TextDecoder().decode(buf)).traceEvents;
const prof = events.filter(e => e.name === 'Profile' || e.name === 'ProfileChunk');
console.log(prof.length, prof.slice(0,3).map(e => JSON.stringify(e).slice(0, 1500)));
console.log(events.filter(e=>e.name==='thread_name' && /Worker|Renderer/.test(e.args.name)).map(e => [e.pid,e.tid,e.args.name]));
console.log([...new Set(prof.map(e => e.pid+':'+e.tid+':'+e.id+':'+e.name))]);
} finally { await browser.close(); await proj.close(); await feeds.close(); }
