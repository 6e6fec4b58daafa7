// RFC 7395 §3.6: either side ends the stream with <close/>. When the
// server does it (an admin's kick, a restart, or a redirect with
// see-other-uri, §3.6.1), we answer with our own <close/>, close the
// socket, and send nothing more: writes on a closing WebSocket are lost
// and only produce "WebSocket is not open" errors (xmpp.js issue 990,
// case-22).
import type { Client } from "@xmpp/client";
import parse from "@xmpp/xml/lib/parse.js";

const NS_FRAMING = "urn:ietf:params:xml:ns:xmpp-framing";
const CLOSE = `<close xmlns="${NS_FRAMING}"/>`;
const OPEN = 1; // WebSocket.OPEN, which Node's test runs lack as a global

/** How the server ended a stream. */
export interface ServerClose {
  /** RFC 7395 §3.6.1: where the server asks us to go, unchecked. */
  readonly seeOtherUri: string | undefined;
}

const closes = new WeakMap<Client, ServerClose>();

/** How the server ended the current socket's stream, if it did. */
export function serverClose(xmpp: Client): ServerClose | undefined {
  return closes.get(xmpp);
}

/**
 * Watches every socket `xmpp` opens. `onClose` fires, synchronously and
 * before the socket's close is reported, when a <close/> arrives that
 * answers none of ours; serverClose() then tells it too, until the next
 * socket. From then on, and once the socket is no longer open, writes
 * fail with an error instead of reaching the socket. Call it before the
 * client's first connect().
 */
export function watchServerClose(
  xmpp: Client,
  onClose: (close: ServerClose) => void,
): void {
  let ours = false;
  let ended = false;

  xmpp.on("status", (status) => {
    if (status === "closing") ours = true;
    if (status !== "connect" || !xmpp.socket) return;
    ours = false;
    ended = false;
    closes.delete(xmpp);
    refuseWritesAfterClose(xmpp.socket, () => ended);
  });

  // Each frame passes here before xmpp.js parses it. xmpp.js 0.14 throws
  // (uncaught, from the socket's event) on a frame that follows the
  // stream's end, as its parser is gone; such frames are dropped.
  const read = xmpp._onData.bind(xmpp);
  xmpp._onData = (data) => {
    if (ended) return;
    const close = ours ? undefined : parseClose(String(data));
    read(data);
    if (!close || !xmpp.socket) return;

    const socket = xmpp.socket;
    socket.write(CLOSE);
    ended = true;
    closes.set(xmpp, close);
    onClose(close);
    socket.end();
  };
}

type Socket = NonNullable<Client["socket"]>;

function refuseWritesAfterClose(socket: Socket, ended: () => boolean) {
  const write = socket.write.bind(socket);
  socket.write = (data, done) => {
    if (!ended() && socket.socket?.readyState === OPEN) {
      return write(data, done);
    }
    // xmpp.js reports write results asynchronously; so do we.
    queueMicrotask(() => done?.(new Error("the stream is closed")));
  };
}

/** Each frame is one element (RFC 7395 §3.3.3); only <close/> matters. */
function parseClose(frame: string): ServerClose | undefined {
  if (!/^\s*<close[\s/>]/.test(frame)) return undefined;
  try {
    const element = parse(frame);
    if (!element.is("close", NS_FRAMING)) return undefined;
    return { seeOtherUri: element.attrs["see-other-uri"] };
  } catch {
    // A malformed frame is the parser's to report, not a close.
    return undefined;
  }
}
