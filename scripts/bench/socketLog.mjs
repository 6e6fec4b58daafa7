// The page's own log of its WebSocket, for the bench's tools (profile.mjs,
// timeline.mjs): installed with page.addInitScript(recordSocket), read
// back as window.__socketLog, entries [performance.now(), kind, text]
// where kind is "made", "open", "in" or "out".

/** Runs in the page, before its scripts. */
export function recordSocket() {
  const Native = WebSocket;
  const log = (window.__socketLog = []);
  window.WebSocket = class extends Native {
    constructor(...args) {
      log.push([performance.now(), "made", ""]);
      super(...args);
      this.addEventListener("open", () => {
        log.push([performance.now(), "open", ""]);
      });
      this.addEventListener("message", (event) => {
        log.push([performance.now(), "in", String(event.data)]);
      });
    }
    send(data) {
      log.push([performance.now(), "out", String(data)]);
      super.send(data);
    }
  };
}
