// Reading a CDP CPU profile (Profiler.stop): the time by function, self and total (self plus
// callees, each function counted once per sample), for the profiling scripts in this folder.

/**
 * `{ self, total }`: ms by "name url:line" (line 0-based, as the profile gives it; hashes dropped),
 * over the samples [from, to) (all by default).
 */
export function timeByFunction(p, base, from = 0, to = p.samples.length) {
  const dt = new Map();
  for (let i = from; i < to; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + p.timeDeltas[i] / 1000);
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const name = (f) =>
    `${f.functionName || '(anon)'} ${(f.url || '').replace(base, '').replace(/-[A-Za-z0-9_]{8}\./, '.')}:${f.lineNumber}`;
  const self = new Map();
  const total = new Map();
  for (const n of p.nodes) {
    const t = dt.get(n.id) ?? 0;
    if (!t) continue;
    self.set(name(n.callFrame), (self.get(name(n.callFrame)) ?? 0) + t);
    const seen = new Set();
    for (let id = n.id; id !== undefined; id = parent.get(id)) {
      const k = name(byId.get(id).callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + t);
    }
  }
  return { self, total };
}

/** The `k` largest entries as lines; `all` keeps the profiler's own entries (idle, program, GC). */
export function topLines(m, k, all = false) {
  return [...m]
    .filter(([key]) => all || !/^\((root|program|idle|garbage collector)\)/.test(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([key, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${key}`)
    .join('\n');
}

/**
 * The main thread's busy stretches of at least `minMs`: runs of samples with no idle sample
 * between them (a long task, roughly), each `{ at, ms, from, to }` (ms from the profile's start,
 * sample indices [from, to)) for `timeByFunction` to break down.
 */
export function busyRuns(p, minMs) {
  const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const runs = [];
  let t = 0;
  let start = -1;
  let startT = 0;
  for (let i = 0; i <= p.samples.length; i++) {
    const end = i === p.samples.length || idle.has(p.samples[i]);
    if (end && start >= 0) {
      if (t - startT >= minMs)
        runs.push({ at: Math.round(startT), ms: Math.round(t - startT), from: start, to: i });
      start = -1;
    } else if (!end && start < 0) {
      start = i;
      startT = t;
    }
    if (i < p.samples.length) t += p.timeDeltas[i] / 1000;
  }
  return runs;
}
