// case-20 (test/fixtures/cases/case-20.md): WebSocket endpoints that
// speak the draft before RFC 7395, or nothing at all. Each ends the login
// with its own error, and no credentials are ever sent.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { PepperError } from "../src/xmpp/api";
import { openStream } from "../src/xmpp/connection";
import { fakeEndpoint, type FakeEndpoint, type Script } from "./fakeEndpoint";
import { openAnswer, useNodeWebSocket } from "./fakeEndpoint";

const LEGACY_HEADER =
  '<stream:stream xmlns="jabber:client" ' +
  'xmlns:stream="http://etherx.jabber.org/streams" from="example.test" ' +
  'id="s-2001" version="1.0">';
const LEGACY_FEATURES =
  "<stream:features><mechanisms " +
  'xmlns="urn:ietf:params:xml:ns:xmpp-sasl"><mechanism>PLAIN</mechanism>' +
  "</mechanisms></stream:features>";

let restore: () => void;
let endpoint: FakeEndpoint | undefined;
beforeAll(() => {
  restore = useNodeWebSocket();
});
afterAll(() => restore());
afterEach(async () => {
  await endpoint?.close();
  endpoint = undefined;
});

async function login(script: Script, subprotocol = true) {
  endpoint = await fakeEndpoint(script, { subprotocol });
  return openStream({
    service: endpoint.url,
    local: "bob",
    domain: "example.test",
    password: "bobpass",
    openWaitMs: 300,
  });
}

/** Nothing but our <open/> reached the endpoint: no <auth/>, no password. */
function onlyOpenSent(received: readonly string[]) {
  expect(received.every((frame) => frame.startsWith("<open "))).toBe(true);
  expect(received.join("")).not.toMatch(/auth|bobpass/);
}

describe("case-20: an endpoint with the old framing", () => {
  it("A: a <stream:stream> header ends the login as old-framing", async () => {
    const legacy: Script = (socket) => {
      socket.send(LEGACY_HEADER);
      socket.send(LEGACY_FEATURES);
    };
    await expect(login(legacy)).rejects.toMatchObject({
      code: "old-framing",
    });
    onlyOpenSent(endpoint?.received ?? []);
  });

  it("B: an endpoint that never answers <open/> is no-answer", async () => {
    await expect(login(() => undefined)).rejects.toMatchObject({
      code: "no-answer",
    });
    expect(endpoint?.received).toHaveLength(1);
    onlyOpenSent(endpoint?.received ?? []);
  });

  it("C: an upgrade without the xmpp subprotocol fails before any frame", async () => {
    // The WebSocket itself fails the handshake here, as browsers do, so
    // the error is the socket's; what matters is that nothing was sent.
    const answering: Script = (socket) => socket.send(openAnswer());
    await expect(login(answering, false)).rejects.toBeInstanceOf(PepperError);
    expect(endpoint?.received).toEqual([]);
  });

  it("C: where a WebSocket lets that handshake through, Pepper refuses it", async () => {
    const lenient = class extends WebSocket {
      constructor(url: string) {
        super(url);
      }
    };
    globalThis.WebSocket = lenient as unknown as typeof globalThis.WebSocket;
    const answering: Script = (socket) => socket.send(openAnswer());
    try {
      await expect(login(answering, false)).rejects.toMatchObject({
        code: "ws-subprotocol",
      });
    } finally {
      useNodeWebSocket();
    }
    expect(endpoint?.received).toEqual([]);
  });

  it("a first frame that is no XMPP at all is not-xmpp", async () => {
    await expect(
      login((socket) => socket.send('{"hello":"world"}')),
    ).rejects.toMatchObject({ code: "not-xmpp" });
  });
});
