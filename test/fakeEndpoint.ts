// A WebSocket endpoint on 127.0.0.1 that plays a script instead of being
// an XMPP server, for what Pepper does with endpoints that misbehave
// (case-20, case-22). Node 20 has no WebSocket of its own, so the client
// side uses the `ws` package's, which fails a handshake without the
// requested subprotocol as browsers do.
import type { AddressInfo } from "node:net";
import parse from "@xmpp/xml/lib/parse.js";
import { WebSocket, WebSocketServer } from "ws";

export const FRAMING = "urn:ietf:params:xml:ns:xmpp-framing";

/** What the endpoint does with each frame the client sends. */
export type Script = (socket: WebSocket, frame: string) => void;

export interface FakeEndpoint {
  readonly url: string;
  /** Every frame received, from every client, in order. */
  readonly received: string[];
  close(): Promise<void>;
}

/**
 * Listens on a free loopback port. With `subprotocol: false` the upgrade
 * answer names no subprotocol (case-20 C).
 */
export async function fakeEndpoint(
  script: Script,
  { subprotocol = true } = {},
): Promise<FakeEndpoint> {
  const server = new WebSocketServer({
    host: "127.0.0.1",
    port: 0,
    handleProtocols: (offered) =>
      subprotocol && offered.has("xmpp") ? "xmpp" : false,
  });
  await new Promise((resolve) => server.once("listening", resolve));
  const received: string[] = [];
  server.on("connection", (socket) => {
    socket.on("message", (data) => {
      const frame = String(data);
      received.push(frame);
      script(socket, frame);
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `ws://127.0.0.1:${port}/xmpp-websocket`,
    received,
    close: () => closeServer(server),
  };
}

function closeServer(server: WebSocketServer): Promise<void> {
  for (const client of server.clients) client.terminate();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Gives xmpp.js a WebSocket to use under Node; returns the undo. */
export function useNodeWebSocket(): () => void {
  const before = globalThis.WebSocket;
  globalThis.WebSocket = WebSocket as unknown as typeof globalThis.WebSocket;
  return () => {
    globalThis.WebSocket = before;
  };
}

/** The server's RFC 7395 §3.4 answer to the client's <open/>. */
export function openAnswer(id = "s-1"): string {
  return `<open xmlns="${FRAMING}" from="example.test" id="${id}" version="1.0"/>`;
}

const NS_SASL = "urn:ietf:params:xml:ns:xmpp-sasl";
const NS_BIND = "urn:ietf:params:xml:ns:xmpp-bind";

/**
 * Just enough of an XMPP server for a login to get through: PLAIN
 * (which Pepper uses only on loopback), resource binding, an empty
 * roster, an empty result to any other request, and the closing
 * handshake (RFC 7395 §3.6). `bound` gets each socket once its resource
 * is bound, to act on it when the login is through.
 */
export function xmppServer(bound: (socket: WebSocket) => void): Script {
  const authed = new WeakSet<WebSocket>();
  return (socket, frame) => {
    const element = parse(frame);
    const { id = "" } = element.attrs;
    if (element.is("open", FRAMING)) {
      socket.send(openAnswer());
      socket.send(features(authed.has(socket)));
    } else if (element.is("auth", NS_SASL)) {
      authed.add(socket);
      socket.send(`<success xmlns="${NS_SASL}"/>`);
    } else if (element.is("iq") && element.getChild("bind", NS_BIND)) {
      const jid = "<jid>bob@example.test/pepper</jid>";
      socket.send(result(id, `<bind xmlns="${NS_BIND}">${jid}</bind>`));
      bound(socket);
    } else if (element.is("close", FRAMING)) {
      socket.send(frame);
      socket.close(1000);
    } else if (element.is("iq")) {
      const query = element.getChild("query");
      const ns = query?.attrs.xmlns;
      socket.send(result(id, ns ? `<query xmlns="${ns}"/>` : ""));
    }
  };
}

function features(authed: boolean): string {
  const offer = authed
    ? `<bind xmlns="${NS_BIND}"/>`
    : `<mechanisms xmlns="${NS_SASL}"><mechanism>PLAIN</mechanism></mechanisms>`;
  return `<stream:features xmlns:stream="http://etherx.jabber.org/streams">${offer}</stream:features>`;
}

function result(id: string, child: string): string {
  return `<iq xmlns="jabber:client" type="result" id="${id}">${child}</iq>`;
}
