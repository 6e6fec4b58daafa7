/**
 * Runs `work` over `items` with at most `limit` calls in flight, in order.
 * `work` should not reject; a rejection is treated as done.
 *
 * With `leadMs`, the first item starts alone and the others follow when
 * it is done or `leadMs` has passed, whichever comes first (see
 * feeds.ts for why a request may want a moment alone on the wire).
 */
export async function runPool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
  { leadMs = 0 } = {},
): Promise<void> {
  // An index, not shift(): shifting a roster of thousands is quadratic.
  let next = 0;
  let firstDone: () => void = () => undefined;
  const first = new Promise<void>((done) => (firstDone = done));

  async function worker(): Promise<void> {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item).catch(() => {
        // The caller reports its own failures; the pool only keeps going.
      });
      firstDone();
    }
  }

  const workers = Math.min(limit, items.length);
  const running = [worker()];
  if (leadMs > 0 && workers > 1) await settledOrLate(first, leadMs);
  for (let i = 1; i < workers; i++) running.push(worker());
  await Promise.all(running);
}

/** Resolves when `promise` settles or after `ms`, whichever is first. */
async function settledOrLate(promise: Promise<void>, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((done) => (timer = setTimeout(done, ms)));
  await Promise.race([promise, late]);
  clearTimeout(timer);
}

/**
 * Gathers items that arrive in a flood (presence for a big roster, case-26)
 * and hands them over in one call per `delayMs`, so the store changes, and
 * React renders, once per batch instead of once per stanza.
 */
export function batcher<T>(
  flush: (items: T[]) => void,
  delayMs = 50,
): { push(item: T): void; cancel(): void } {
  let queue: T[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  function run(): void {
    const items = queue;
    queue = [];
    timer = undefined;
    flush(items);
  }

  return {
    push(item) {
      queue.push(item);
      timer ??= setTimeout(run, delayMs);
    },
    cancel() {
      clearTimeout(timer);
      queue = [];
      timer = undefined;
    },
  };
}

/**
 * Runs `run` just before the next paint, so that everything that arrived
 * since the last frame is rendered once. Where there are no frames (unit
 * tests under Node) it runs after the current task instead.
 */
export function nextFrame(run: () => void): void {
  if (typeof requestAnimationFrame === "function") {
    requestAnimationFrame(() => run());
  } else {
    setTimeout(run, 0);
  }
}

/**
 * Runs `run` when the page is next idle, or after `timeoutMs` at the
 * latest: for writing behind what is already on screen. Where there is no
 * requestIdleCallback (Safari, unit tests under Node) it runs after the
 * current task instead.
 */
export function whenIdle(run: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === "function") {
    requestIdleCallback(() => run(), { timeout: timeoutMs });
  } else {
    setTimeout(run, 0);
  }
}

/**
 * Like `batcher`, but hands over once per frame: what a burst of stanzas
 * brings is merged, and rendered, in one store update. `flush()` hands
 * over at once what is waiting.
 */
export function frameBatcher<T>(flush: (items: T[]) => void): {
  push(item: T): void;
  flush(): void;
} {
  let queue: T[] = [];
  let scheduled = false;

  function run(): void {
    scheduled = false;
    if (queue.length === 0) return;
    const items = queue;
    queue = [];
    flush(items);
  }

  return {
    push(item) {
      queue.push(item);
      if (scheduled) return;
      scheduled = true;
      nextFrame(run);
    },
    flush: run,
  };
}

/**
 * A gate that lets at most `limit` calls run at once; the rest wait their
 * turn in order. For requests started by rendering (a post's comments),
 * where a screenful of posts must not become a burst of requests.
 */
export function gate(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];

  return async function run<T>(work: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
