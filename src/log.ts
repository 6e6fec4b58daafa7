// One small logger for the whole app. Debug output is off unless the
// `pepper.debug` localStorage key (or `?debug=` in the URL) names the
// namespace, e.g. "xmpp,cache" or "*". Errors and warnings always print.

export type Namespace = "xmpp" | "trace" | "cache" | "store" | "ui";
type Meta = Record<string, unknown>;

function enabledNamespaces(): Set<string> {
  const fromUrl =
    typeof location === "undefined"
      ? null
      : new URLSearchParams(location.search).get("debug");
  let stored: string | null = null;
  try {
    stored = globalThis.localStorage?.getItem("pepper.debug") ?? null;
  } catch {
    // Storage can be blocked (private mode, sandboxed frames); debug stays off.
  }
  return new Set((fromUrl ?? stored ?? "").split(",").filter(Boolean));
}

const enabled = enabledNamespaces();

export function debugEnabled(ns: Namespace): boolean {
  return enabled.has("*") || enabled.has(ns);
}

export const log = {
  debug(ns: Namespace, message: string, meta?: Meta): void {
    if (debugEnabled(ns)) console.debug(`[${ns}] ${message}`, meta ?? "");
  },
  info(ns: Namespace, message: string, meta?: Meta): void {
    if (debugEnabled(ns)) console.info(`[${ns}] ${message}`, meta ?? "");
  },
  warn(ns: Namespace, message: string, meta?: Meta): void {
    console.warn(`[${ns}] ${message}`, meta ?? "");
  },
  error(ns: Namespace, message: string, meta?: Meta): void {
    console.error(`[${ns}] ${message}`, meta ?? "");
  },
};
