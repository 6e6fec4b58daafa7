// XEP-0198 §5: a stream lost with stream management enabled (and
// resume="true" granted) can be taken up again on a new connection. The
// server then keeps our session, presence and subscriptions as they were,
// and xmpp.js sends again whatever the server had not acknowledged; so
// nothing is lost and nothing is sent twice.
import type { Client } from "@xmpp/client";
import { PepperError } from "./api";

/** Resumption takes a login and one round trip; this is plenty. */
const RESUME_WAIT_MS = 15_000;

/** Whether the server granted resumption of this stream (XEP-0198 §3). */
export function canResume(xmpp: Client): boolean {
  return xmpp.streamManagement.id !== "";
}

/**
 * Reconnects the lost stream of `xmpp` and asks to resume it.
 *
 * Resolves true once the server answered `<resumed/>`; false when it
 * answered `<failed/>` (the session is gone, e.g. the server restarted)
 * and xmpp.js bound a fresh one instead, which the caller should close.
 * Rejects with PepperError "unreachable" when the server cannot be
 * reached, or "timeout" when it does not answer in RESUME_WAIT_MS.
 */
export async function resumeStream(xmpp: Client): Promise<boolean> {
  const outcome = resumeOutcome(xmpp);
  try {
    await xmpp.connect(xmpp.options.service);
    await xmpp.open({ domain: xmpp.options.domain });
  } catch (error) {
    outcome.cancel();
    throw new PepperError("unreachable", String(error));
  }
  return outcome.promise;
}

/**
 * After `<resumed/>` xmpp.js emits "resumed" and no "online"; after
 * `<failed/>` it binds a new resource and emits "online".
 */
function resumeOutcome(xmpp: Client) {
  const sm = xmpp.streamManagement;
  let settle: (resumed: boolean | PepperError) => void = () => undefined;

  const promise = new Promise<boolean>((resolve, reject) => {
    const timer = setTimeout(
      () => settle(new PepperError("timeout")),
      RESUME_WAIT_MS,
    );
    const onResumed = () => settle(true);
    const onOnline = () => settle(false);
    const onStatus = (status: string) => {
      if (status === "disconnect") settle(new PepperError("unreachable"));
    };
    settle = (result) => {
      clearTimeout(timer);
      sm.removeListener("resumed", onResumed);
      xmpp.removeListener("online", onOnline);
      xmpp.removeListener("status", onStatus);
      if (result instanceof PepperError) reject(result);
      else resolve(result);
    };
    sm.on("resumed", onResumed);
    xmpp.on("online", onOnline);
    xmpp.on("status", onStatus);
  });
  // Nobody awaits it when connecting already failed.
  promise.catch(() => undefined);

  return { promise, cancel: () => settle(false) };
}
