// When to try the server again after losing it. Many clients lose the same
// server at once (a restart), so waits grow and are spread at random
// instead of every client knocking at the same second.

/** The first wait, and the longest one. */
const FIRST_MS = 1_000;
const LONGEST_MS = 60_000;

/**
 * The wait before attempt number `attempt` (0 for the first retry):
 * doubling from one second up to a minute, of which a random half is
 * taken off ("equal jitter"), so it is never shorter than half the step.
 */
export function backoffDelay(
  attempt: number,
  random: () => number = Math.random,
): number {
  const step = Math.min(LONGEST_MS, FIRST_MS * 2 ** Math.max(0, attempt));
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * One pending retry at a time. `schedule` replaces any earlier one and
 * returns the time it will run at; `cancel` drops it.
 */
export function retryTimer(): {
  schedule(delayMs: number, run: () => void): number;
  cancel(): void;
} {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule(delayMs, run) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        run();
      }, delayMs);
      return Date.now() + delayMs;
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
