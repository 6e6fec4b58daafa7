// Bounded waits for the Node XMPP helper: every wait names what it waits
// for, so a timeout in a test log says which step hung.
export const TIMEOUT_MS = 10_000;

const NS_SM = "urn:xmpp:sm:3";

// @xmpp/client 0.14 resolves start() before the server answers <enable/>.
// A stanza sent in that gap can make ejabberd end the stream ("Client
// acknowledged more stanzas than sent by server"), so wait for the answer.
export function streamManagementSettled(xmpp, features) {
  const offered = features.last?.getChild("sm", NS_SM);
  if (!offered || xmpp.streamManagement.enabled) return Promise.resolve();
  const settled = (el) => el.is("enabled", NS_SM) || el.is("failed", NS_SM);
  return new Promise((resolve) => {
    // A server that never answers <enable/> is as good as one without it.
    const timer = setTimeout(finish, 2000);
    function finish() {
      clearTimeout(timer);
      xmpp.removeListener("nonza", onNonza);
      resolve();
    }
    function onNonza(el) {
      if (settled(el)) finish();
    }
    xmpp.on("nonza", onNonza);
  });
}

export function waitUntil(emitter, event, done, what) {
  if (done()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.removeListener(event, check);
      reject(new Error(`timed out after ${TIMEOUT_MS} ms waiting for ${what}`));
    }, TIMEOUT_MS);
    function check() {
      if (!done()) return;
      clearTimeout(timer);
      emitter.removeListener(event, check);
      resolve();
    }
    emitter.on(event, check);
  });
}

export function withTimeout(promise, what) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no answer in ${TIMEOUT_MS} ms`)),
      TIMEOUT_MS,
    );
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}
