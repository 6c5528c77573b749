/**
 * A long loop on the page cut into short tasks: between slices the browser draws and answers
 * input. Making a million events from the import's columns takes seconds; as one task it froze the
 * page that long (BENCHMARKS.md, "a million events").
 */

/** The next task, without the 4 ms clamp nested timers get (a message to ourselves). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/** `Array.from({ length: n }, (_, k) => f(k))`, yielding to the browser every `budgetMs`. */
export async function mapInSlices<T>(n: number, f: (k: number) => T, budgetMs = 40): Promise<T[]> {
  const out: T[] = []; // filled in order: a packed array, as Array.from makes (a holey one reads slower)
  let k = 0;
  while (k < n) {
    const until = performance.now() + budgetMs;
    // check the clock every 1,024 items: reading it costs more than making one
    do {
      const end = Math.min(n, k + 1024);
      for (; k < end; k++) out.push(f(k));
    } while (k < n && performance.now() < until);
    if (k < n) await nextTask();
  }
  return out;
}
