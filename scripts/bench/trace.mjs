// Reads a Chrome trace (puppeteer `page.tracing`) for `npm run bench`: every main-thread task of the bench page
// between two `performance.mark()`s, with the longest one broken down into what ran inside it, plus the
// page's worker threads (the feed parser) over the same window. Task durations come from the scheduler's
// `RunTask` events, so tasks under 50 ms are seen too (a longtask observer only reports those over 50 ms).
// JavaScript time is attributed with the V8 sampling profiler's samples, mapped through dist/*.map back to
// source files (src/…, or the npm package for node_modules code).
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';

/** Trace categories needed for tasks, their contents and user-timing marks. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'v8',
  'blink',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
];

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

/** @param {any[]} events */
function threadNames(events) {
  const names = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  return names;
}

function findMark(events, name) {
  return events.find((e) => e.name === name && typeof e.cat === 'string' && e.cat.includes('blink.user_timing'));
}

/** Complete ('X') events of one thread, sorted by start then longest first. */
function threadEvents(events, pid, tid) {
  return events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/** Outermost task events of a thread (a nested RunTask belongs to the task around it). */
function topLevelTasks(sorted) {
  const tasks = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (!TASK_NAMES.has(e.name)) continue;
    if (e.ts < end) continue;
    tasks.push(e);
    end = e.ts + e.dur;
  }
  return tasks;
}

function mergeBreakdowns(list) {
  if (list.length === 1) return list[0];
  return {
    sampledMs: round(list.reduce((sum, b) => sum + (b?.sampledMs ?? 0), 0)),
    bySource: list.flatMap((b) => b?.bySource ?? []),
    byFunction: list.flatMap((b) => b?.byFunction ?? []),
  };
}

/** What kind of work a trace event is: script, style, layout, paint, GC, or other. */
function kindOf(name) {
  if (/GC|Sweep|Mark|Scavenge|Compact/i.test(name) && !/Image/.test(name)) return 'GC';
  if (
    /^(UpdateLayoutTree|RecalcStyle|ScheduleStyleRecalculation|ParseAuthorStyleSheet|StyleSheetCollection|RuleSet|Style)/.test(
      name,
    )
  )
    return 'style';
  if (/^(Layout|UpdateLayout|InlineNode|LayoutBlock)/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|Commit|UpdateLayer|CompositeLayers|Decode|ImageDecode|Raster)/.test(name))
    return 'paint';
  if (
    /^(FunctionCall|v8\.|V8\.|RunMicrotasks|EvaluateScript|TimerFire|FireAnimationFrame|EventDispatch|ParseHTML|CustomElement)/.test(
      name,
    )
  )
    return 'script';
  return 'other';
}

/** Self time of everything inside `task`, summed by kind of work, longest first (ms). */
function breakdown(task, sorted) {
  const inside = sorted.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
  const totals = new Map();
  const add = (kind, us) => totals.set(kind, (totals.get(kind) ?? 0) + us);
  // Walk the nesting with a stack; each event's self time = its duration minus its direct children's.
  const stack = [{ end: task.ts + task.dur, kind: 'other', child: 0, dur: task.dur }];
  const close = (frame) => add(frame.kind, Math.max(0, frame.dur - frame.child));
  for (const e of inside) {
    while (stack.length > 1 && stack[stack.length - 1].end <= e.ts) close(stack.pop());
    stack[stack.length - 1].child += e.dur;
    // A wrapper event (RunTask, microtask checkpoint) inherits the kind of the work around it.
    const kind = kindOf(e.name) === 'other' ? stack[stack.length - 1].kind : kindOf(e.name);
    stack.push({ end: e.ts + e.dur, kind, child: 0, dur: e.dur });
  }
  while (stack.length) close(stack.pop());
  return [...totals.entries()]
    .map(([name, us]) => ({ name, ms: us / 1000 }))
    .filter((p) => p.ms >= 0.1)
    .sort((a, b) => b.ms - a.ms);
}

const round = (x) => Math.round(x * 10) / 10;

// ---------------------------------------------------------------------------------------------- CPU samples

/** The sampling profiles in the trace, by profiled thread: `pid:tid` → { nodes, samples: [{ ts, node, weight }] }. */
function cpuProfiles(events) {
  const byId = new Map();
  for (const e of events) {
    if (e.name === 'Profile' && e.ph === 'P')
      byId.set(`${e.pid}:${e.id}`, {
        tid: e.tid,
        time: e.args?.data?.startTime ?? e.ts,
        nodes: new Map(),
        samples: [],
      });
  }
  const chunks = events.filter((e) => e.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts);
  for (const e of chunks) {
    const profile = byId.get(`${e.pid}:${e.id}`);
    const data = e.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      profile.time += deltas[i] ?? 0;
      profile.samples.push({ ts: profile.time, node: samples[i] });
    }
  }
  const byThread = new Map();
  for (const [key, profile] of byId) {
    const samples = profile.samples.sort((a, b) => a.ts - b.ts);
    // A sample stands for the time until the next one (capped, so a gap while the thread slept is not counted).
    for (let i = 0; i < samples.length; i++)
      samples[i].weight = Math.min(i + 1 < samples.length ? samples[i + 1].ts - samples[i].ts : 0, 5_000);
    byThread.set(`${key.split(':')[0]}:${profile.tid}`, profile);
  }
  return byThread;
}

/**
 * Turns profile call frames into readable places: a dist/ file's frames go through its source map to
 * `src/…:line` or the npm package (`lit-html`, `sax`); native frames keep their name (`parseFromString`).
 */
export function createResolver({ urlToFile, rename = {} } = {}) {
  const maps = new Map();
  const mapFor = (url) => {
    if (maps.has(url)) return maps.get(url);
    let entry;
    try {
      const file = urlToFile?.(url);
      if (file && existsSync(file + '.map'))
        entry = { file, map: new SourceMap(JSON.parse(readFileSync(file + '.map', 'utf8'))) };
      else if (file) entry = { file };
    } catch {
      entry = undefined;
    }
    maps.set(url, entry);
    return entry;
  };
  const cache = new Map();
  return (callFrame) => {
    const key = `${callFrame.url}:${callFrame.lineNumber}:${callFrame.columnNumber}:${callFrame.functionName}`;
    if (cache.has(key)) return cache.get(key);
    let place;
    const name = callFrame.functionName || '(anonymous)';
    if (callFrame.url?.startsWith('pptr:')) {
      place = { group: 'bench driver (puppeteer evaluate)', fn: `${name} (pptr:)` };
    } else if (callFrame.url?.startsWith('blob:')) {
      place = { group: 'blob: script (worker bootstrap)', fn: `${name} (blob:)` };
    } else if (!callFrame.url) {
      place = { group: /^\(.*\)$/.test(name) ? name : `native ${name}`, fn: name };
    } else {
      const mapped = mapFor(callFrame.url);
      const entry = mapped?.map?.findEntry(callFrame.lineNumber ?? 0, callFrame.columnNumber ?? 0);
      if (entry?.originalSource) {
        const abs = path.resolve(path.dirname(mapped.file), entry.originalSource);
        const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(abs)?.[1];
        const rel = /\/(src\/.*)$/.exec(abs)?.[1] ?? path.basename(abs);
        place = {
          group: pkg ?? rel,
          fn: `${entry.name ?? name} (${pkg ? `${pkg}/${path.basename(abs)}` : rel}:${(entry.originalLine ?? 0) + 1})`,
        };
      } else {
        const file = callFrame.url.split('?')[0].split('/').pop();
        place = { group: file, fn: `${name} (${file}:${(callFrame.lineNumber ?? 0) + 1})` };
      }
    }
    if (rename[place.group]) place.group = rename[place.group];
    cache.set(key, place);
    return place;
  };
}

/** Self time of the samples in [from, to), summed by package/source file and by function, in ms. */
function sampleBreakdown(profile, from, to, resolve) {
  if (!profile) return undefined;
  const groups = new Map();
  const fns = new Map();
  let total = 0;
  for (const s of profile.samples) {
    if (s.ts < from || s.ts >= to) continue;
    const node = profile.nodes.get(s.node);
    if (!node) continue;
    const place = resolve(node.callFrame ?? {});
    if (place.group === '(idle)' || place.group === '(root)') continue;
    groups.set(place.group, (groups.get(place.group) ?? 0) + s.weight);
    fns.set(place.fn, (fns.get(place.fn) ?? 0) + s.weight);
    total += s.weight;
  }
  const top = (m, n) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .filter(([, us]) => us >= 500)
      .map(([name, us]) => ({ name, ms: round(us / 1000) }));
  return { sampledMs: round(total / 1000), bySource: top(groups, 8), byFunction: top(fns, 6) };
}

/**
 * @param {any[]} events trace events
 * @param {{ name: string, start: string, frame: string, end: string }[]} windows mark names delimiting each window
 */
export function analyzeTrace(events, windows, { resolve = createResolver() } = {}) {
  const names = threadNames(events);
  const profiles = cpuProfiles(events);
  const out = {};
  for (const window of windows) {
    const start = findMark(events, window.start);
    const end = findMark(events, window.end);
    const frame = findMark(events, window.frame);
    if (!start || !end) {
      out[window.name] = { error: `marks ${window.start}/${window.end} not in the trace` };
      continue;
    }
    const { pid, tid } = start;
    const from = start.ts;
    const to = end.ts;
    const frameTs = frame?.ts;
    const mainSorted = threadEvents(events, pid, tid);
    const tasks = topLevelTasks(mainSorted).filter((t) => t.ts + t.dur > from && t.ts < to);
    const ms = (us) => round(us / 1000);
    const longest = tasks.reduce((a, b) => (b.dur > (a?.dur ?? -1) ? b : a), undefined);
    const over50 = tasks.filter((t) => t.dur > 50_000);
    // Worker threads of the same renderer (the parser worker), over the same window.
    const workerTids = [...names.entries()]
      .filter(([key, name]) => key.startsWith(`${pid}:`) && /worker/i.test(name) && !/pool|compositor|io/i.test(name))
      .map(([key]) => Number(key.split(':')[1]));
    const mainProfile = profiles.get(`${pid}:${tid}`);
    const workerProfiles = workerTids.map((wtid) => profiles.get(`${pid}:${wtid}`)).filter(Boolean);
    let workerBusy = 0;
    let workerLongest = 0;
    let workerFirst;
    let workerLast;
    const workerTasks = [];
    for (const wtid of workerTids) {
      for (const t of topLevelTasks(threadEvents(events, pid, wtid))) {
        if (t.ts + t.dur <= from || t.ts >= to) continue;
        workerTasks.push(t);
        workerBusy += t.dur;
        workerLongest = Math.max(workerLongest, t.dur);
        workerFirst = Math.min(workerFirst ?? Infinity, t.ts);
        workerLast = Math.max(workerLast ?? -Infinity, t.ts + t.dur);
      }
    }
    out[window.name] = {
      windowMs: ms(to - from),
      titleFrameMs: frameTs !== undefined ? ms(frameTs - from) : undefined,
      mainTasks: tasks.length,
      mainBusyMs: ms(tasks.reduce((sum, t) => sum + t.dur, 0)),
      longestTaskMs: longest ? ms(longest.dur) : 0,
      longestTaskAtMs: longest ? ms(longest.ts - from) : undefined,
      longestTaskBeforeTitle: longest && frameTs !== undefined ? longest.ts < frameTs : undefined,
      longestTaskBreakdown: longest
        ? breakdown(longest, mainSorted)
            .slice(0, 6)
            .map((p) => ({ name: p.name, ms: round(p.ms) }))
        : [],
      tasksOver50: over50.map((t) => ({ ms: ms(t.dur), atMs: ms(t.ts - from) })),
      blockingTimeMs: ms(over50.reduce((sum, t) => sum + (t.dur - 50_000), 0)),
      topTasks: [...tasks]
        .sort((a, b) => b.dur - a.dur)
        .slice(0, 5)
        .map((t) => ({ ms: ms(t.dur), atMs: ms(t.ts - from) })),
      workerThreads: workerTids.length,
      workerBusyMs: ms(workerBusy),
      workerLongestTaskMs: ms(workerLongest),
      workerTasks: workerTasks
        .sort((a, b) => b.dur - a.dur)
        .slice(0, 3)
        .filter((t) => t.dur >= 1000)
        .map((t) => ({ ms: ms(t.dur), atMs: ms(t.ts - from) })),
      workerSpanMs: workerFirst !== undefined ? [ms(workerFirst - from), ms(workerLast - from)] : undefined,
      // JavaScript by where it comes from (sampled): the longest task, the whole window, and the worker.
      longestTaskJs: longest ? sampleBreakdown(mainProfile, longest.ts, longest.ts + longest.dur, resolve) : undefined,
      mainJs: sampleBreakdown(mainProfile, from, to, resolve),
      workerJs: workerProfiles.length
        ? mergeBreakdowns(workerProfiles.map((p) => sampleBreakdown(p, from, to, resolve)))
        : undefined,
    };
  }
  return out;
}
