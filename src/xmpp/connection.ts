// Opening an authenticated XMPP-over-WebSocket stream (RFC 7395) with
// xmpp.js, choosing the SASL mechanism ourselves (RFC 6120 §6).
import { client, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { PepperError } from "./api";
import { watchServerClose } from "./closing";
import { redirectTarget } from "./endpoints";
import { guardFraming, OPEN_WAIT_MS } from "./framing";
import { NS_ROSTER_VER } from "./ns";
import { registerScram, type ScramKeys, type ScramLogin } from "./scram";

const NS_STREAMS = "http://etherx.jabber.org/streams";
const NS_SM = "urn:xmpp:sm:3";
const NS_SASL = "urn:ietf:params:xml:ns:xmpp-sasl";
const PREFERRED = ["SCRAM-SHA-256", "SCRAM-SHA-1"];

export interface StreamOptions {
  readonly service: string;
  readonly local: string;
  readonly domain: string;
  /** Empty when logging in with remembered SCRAM keys instead. */
  readonly password: string;
  readonly keys?: ScramKeys | undefined;
  /** How long the server has to answer our <open/>; OPEN_WAIT_MS. */
  readonly openWaitMs?: number | undefined;
}

/** An online client, and the SCRAM keys of its login if it used SCRAM. */
export interface OpenedStream {
  readonly xmpp: Client;
  readonly keys: ScramKeys | undefined;
  /** The server keeps roster versions (XEP-0237 §2.1). */
  readonly rosterVersioning: boolean;
}

/**
 * Opens the stream and authenticates with the password, or with
 * remembered SCRAM keys. Resolves with the online client and its keys;
 * rejects with PepperError "not-authorized", "unreachable", "not-xmpp",
 * "no-mechanism", "password-needed" (keys that no longer fit, or a
 * server without SCRAM), "timeout", or one of the framing failures of
 * guardFraming ("old-framing", "no-answer", "ws-subprotocol"), in which
 * case nothing but our <open/> was sent. A server that ends the stream
 * before we are in rejects it with "see-other-uri" (and the redirect to
 * follow) when it sent us somewhere redirectTarget accepts, else with
 * "unreachable". Automatic reconnection is off: a lost connection is
 * reported, and the caller decides what to do.
 */
export async function openStream(
  options: StreamOptions,
): Promise<OpenedStream> {
  const xmpp = client({
    service: options.service,
    domain: options.domain,
    resource: `pepper-${crypto.randomUUID().slice(0, 8)}`,
    credentials: (authenticate, offered) =>
      authenticate(
        {
          username: options.local,
          password: options.password,
          keys: options.keys,
        },
        options.password
          ? chooseMechanism(offered, xmpp.isSecure())
          : keysMechanism(offered, options.keys),
      ),
    timeout: 10_000,
  });
  xmpp.reconnect.stop();
  // Our SCRAM goes ahead of xmpp.js's, which is missing from its browser
  // build and spends one HMAC call per PBKDF2 iteration.
  const scram = registerScram(xmpp.saslFactory);
  const verifyServer = watchScramSuccess(xmpp, scram);
  const features = trackStreamFeatures(xmpp);
  // Errors also reject start(); the listener keeps them from being thrown
  // as unhandled 'error' events.
  xmpp.on("error", () => undefined);
  const guard = guardFraming(xmpp, options.openWaitMs ?? OPEN_WAIT_MS);
  const closed = closedBeforeOnline(xmpp, options);

  try {
    const started = xmpp.start();
    // Settles later on its own (xmpp.js's timeout); nobody waits for it.
    started.catch(() => undefined);
    await Promise.race([started, guard.failed, closed]);
    verifyServer();
  } catch (error) {
    await endAttempt(xmpp);
    throw startError(error);
  } finally {
    guard.stop();
  }

  await streamManagementSettled(xmpp, features());
  const rosterVersioning = !!features()?.getChild("ver", NS_ROSTER_VER);
  return { xmpp, keys: scram.keys(), rosterVersioning };
}

/**
 * Remembered keys work only with the SCRAM variant that made them; a
 * server that no longer offers it needs the password again.
 */
export function keysMechanism(offered: string[], keys?: ScramKeys): string {
  const name = keys && `SCRAM-${keys.hash}`;
  if (name && offered.includes(name)) return name;
  throw new PepperError("password-needed", "no SCRAM for remembered keys");
}

/**
 * RFC 6120 §6.3.3: the client picks among the offered mechanisms. SCRAM
 * first; PLAIN only where the password cannot be read on the way (wss:
 * or loopback, which is what xmpp.js's isSecure() says).
 */
export function chooseMechanism(offered: string[], secure: boolean): string {
  const scram = PREFERRED.find((name) => offered.includes(name));
  if (scram) return scram;
  if (secure && offered.includes("PLAIN")) return "PLAIN";
  throw new PepperError(
    "no-mechanism",
    `no usable SASL mechanism among ${offered.join(", ") || "none"}`,
  );
}

/**
 * RFC 5802 §3: the server proves it knows the password in its final
 * message, which arrives as the data of <success/> (RFC 6120 §6.4.6).
 */
function watchScramSuccess(xmpp: Client, login: ScramLogin): () => void {
  let success: string | undefined;
  xmpp.on("nonza", (el) => {
    if (el.is("success", NS_SASL)) success = el.text();
  });
  return () => {
    if (success !== undefined) login.verifySuccess(success);
  };
}

function trackStreamFeatures(xmpp: Client): () => Element | undefined {
  let last: Element | undefined;
  xmpp.on("nonza", (el) => {
    if (el.is("features", NS_STREAMS)) last = el;
  });
  return () => last;
}

/**
 * xmpp.js resolves start() before the server answers its XEP-0198
 * <enable/>. A stanza sent in that window makes ejabberd 23.01 end the
 * stream ("Client acknowledged more stanzas than sent by server"), so we
 * wait for <enabled/> or <failed/> before sending anything.
 */
function streamManagementSettled(
  xmpp: Client,
  features: Element | undefined,
): Promise<void> {
  if (!features?.getChild("sm", NS_SM) || xmpp.streamManagement.enabled) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      xmpp.removeListener("nonza", onNonza);
      setTimeout(resolve, 0);
    };
    const onNonza = (el: Element) => {
      if (el.is("enabled", NS_SM) || el.is("failed", NS_SM)) done();
    };
    const timer = setTimeout(done, 3000);
    xmpp.on("nonza", onNonza);
  });
}

/**
 * Rejects when the server ends the stream (RFC 7395 §3.6) before the
 * login is through: with "see-other-uri" and the redirect when it may be
 * followed (case-22 step 2), else "unreachable", a plain failure (step 3).
 * A close after that is the session's to report.
 */
function closedBeforeOnline(
  xmpp: Client,
  { domain, service }: StreamOptions,
): Promise<never> {
  let online = false;
  xmpp.on("online", () => {
    online = true;
  });
  const closed = new Promise<never>((_, reject) => {
    watchServerClose(xmpp, ({ seeOtherUri }) => {
      if (online) return;
      const target = redirectTarget(seeOtherUri, domain, service);
      const message = `closed by the server; see-other-uri ${seeOtherUri}`;
      reject(
        target
          ? new PepperError("see-other-uri", message, undefined, target)
          : new PepperError("unreachable", message),
      );
    });
  });
  closed.catch(() => undefined);
  return closed;
}

/**
 * Closes a failed attempt. A stream the server opened gets its <close/>
 * (RFC 7395 §3.6); a socket that never carried one is just closed, as
 * there is nobody to wait for and nothing more may be sent on it.
 */
async function endAttempt(xmpp: Client): Promise<void> {
  if (["connecting", "connect", "opening"].includes(xmpp.status)) {
    xmpp.socket?.end();
    return;
  }
  await xmpp.stop().catch(() => undefined);
}

function startError(error: unknown): PepperError {
  if (error instanceof PepperError) return error;
  const err = error as { name?: string; condition?: string; code?: string };

  if (err.name === "SASLError") {
    const code =
      err.condition === "not-authorized" ? "not-authorized" : "sasl-failure";
    return new PepperError(code, String((error as Error).message));
  }
  if (err.name === "TimeoutError") {
    return new PepperError("timeout", "the server did not answer in time");
  }
  if (err.code === "ECONNERROR" || err.name === "TypeError") {
    return new PepperError("unreachable", String((error as Error).message));
  }
  return new PepperError("not-xmpp", String((error as Error)?.message ?? ""));
}
