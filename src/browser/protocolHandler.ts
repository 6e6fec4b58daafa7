// Opening `xmpp:` links in Pepper (HTML §8.9.1.3, custom scheme
// handlers). "xmpp" is on the list of schemes a page may claim; the
// browser puts the whole URI, escaped, where the URL has %s.
import { log } from "../log";

export function canHandleLinks(): boolean {
  return typeof navigator.registerProtocolHandler === "function";
}

/**
 * Asks the browser to open `xmpp:` links at this page with `?uri=`.
 * Call it from a click: browsers ask the person (Chromium shows a prompt
 * beside the address bar). Returns true when the browser took the
 * request, false when it refused it.
 */
export function handleXmppLinks(): boolean {
  const url = `${location.origin}${location.pathname}?uri=%s`;
  try {
    navigator.registerProtocolHandler("xmpp", url);
    return true;
  } catch (error) {
    log.warn("ui", "cannot handle xmpp: links", { error });
    return false;
  }
}
