/**
 * The loopback hosts (RFC 6761 §6.3, RFC 5735) where plain http is as
 * private as https: a test server, or one on the user's own machine. The
 * built page's Content-Security-Policy names the same hosts, so what
 * Pepper accepts here the browser loads.
 */
export const LOOPBACK_HOSTS = ["127.0.0.1", "localhost"] as const;

/**
 * Takes a URL's `hostname`. ::1 is left out: a CSP source cannot name an
 * IPv6 address (CSP3 §2.3.1 host-source), so the page could not load it.
 */
export function isLoopbackHost(hostname: string): boolean {
  return (LOOPBACK_HOSTS as readonly string[]).includes(hostname.toLowerCase());
}

/**
 * Whether a picture or upload URL may be used: https, or http to a
 * loopback host. Anything else, malformed strings included, is refused.
 */
export function isSafeMediaUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      url.protocol === "https:" ||
      (url.protocol === "http:" && isLoopbackHost(url.hostname))
    );
  } catch {
    // Not a URL at all: nothing to load.
    return false;
  }
}
