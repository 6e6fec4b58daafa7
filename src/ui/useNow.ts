import { useSyncExternalStore } from "react";

// One shared clock for every relative time on the page, ticking once a
// minute while anything shows one, so "just now" grows old on its own.

const TICK = 60_000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    // Nobody shows the old value, so it may jump without a notification.
    now = Date.now();
    timer = setInterval(tick, TICK);
  }

  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    clearInterval(timer);
    timer = undefined;
  };
}

function tick(): void {
  now = Date.now();
  for (const listener of listeners) listener();
}

/** Milliseconds since the epoch, updated every minute. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
