// RFC 7395 checks on each new WebSocket before anything is sent on it
// but our <open/>. Endpoints that still speak the draft framing (case-20:
// <stream:stream> headers, or silence while waiting for one) would
// otherwise leave the login "Connecting…" for ever, and a socket that
// closes before the server's <open/> would go unreported (case-22).
import type { Client } from "@xmpp/client";
import { Parser, type Element } from "@xmpp/xml";
import { PepperError } from "./api";

const NS_FRAMING = "urn:ietf:params:xml:ns:xmpp-framing";
const NS_STREAMS = "http://etherx.jabber.org/streams";

/** How long a server has to answer our <open/> with its first frame. */
export const OPEN_WAIT_MS = 10_000;

export interface FramingGuard {
  /** Rejects with the first problem found; never resolves. */
  readonly failed: Promise<never>;
  /** Stops watching: the stream is open, or the attempt is over. */
  stop(): void;
}

/**
 * Watches the connection that `xmpp.start()` makes. `failed` rejects with
 * PepperError "ws-subprotocol" when the socket did not agree on "xmpp"
 * (RFC 7395 §3.2), "old-framing" or "not-xmpp" when the first frame is
 * not a complete framing element (§3.3.3), "no-answer" when no frame
 * arrives within `waitMs`, and "unreachable" when the socket closes
 * before one does.
 */
export function guardFraming(xmpp: Client, waitMs: number): FramingGuard {
  let fail: (error: PepperError) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failed.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let heard = false;

  const onConnect = () => {
    const socket = xmpp.socket;
    if (socket?.socket?.protocol !== "xmpp") {
      return fail(new PepperError("ws-subprotocol", "no xmpp subprotocol"));
    }
    timer = setTimeout(() => fail(noAnswer(waitMs)), waitMs);
    socket.once("data", (data) => {
      heard = true;
      clearTimeout(timer);
      const problem = firstFrameProblem(String(data));
      if (problem) fail(problem);
    });
  };
  const onStatus = (status: string) => {
    if (status === "connect") onConnect();
    if (status === "disconnect" && !heard) {
      fail(new PepperError("unreachable", "closed before the server's open"));
    }
  };
  xmpp.on("status", onStatus);

  return {
    failed,
    stop() {
      clearTimeout(timer);
      xmpp.removeListener("status", onStatus);
    },
  };
}

function noAnswer(waitMs: number): PepperError {
  return new PepperError("no-answer", `no frame within ${waitMs} ms`);
}

/**
 * RFC 7395 §3.3.3: every frame is one complete, well-formed element, and
 * the server's first is <open/> (or <close/>, to refuse or redirect us).
 * A pre-RFC endpoint sends an unclosed <stream:stream> header instead,
 * which must not be patched into a login (case-20 A).
 */
export function firstFrameProblem(frame: string): PepperError | undefined {
  const element = completeElement(frame);
  if (element?.is("open", NS_FRAMING) || element?.is("close", NS_FRAMING)) {
    return undefined;
  }
  if (frame.includes(NS_STREAMS) || /<stream:stream[\s>]/.test(frame)) {
    return new PepperError("old-framing", "a <stream:stream> header");
  }
  return new PepperError("not-xmpp", "the first frame is not <open/>");
}

function completeElement(frame: string): Element | undefined {
  const parser = new Parser();
  let complete: Element | undefined;
  parser.on("end", (root) => {
    complete = root;
  });
  // Malformed XML is simply not a complete element.
  parser.on("error", () => undefined);
  parser.write(frame);
  return complete;
}
