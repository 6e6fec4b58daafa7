// case-22 (test/fixtures/cases/case-22.xml): the server ends the stream
// with <close/> (RFC 7395 §3.6), maybe sending us elsewhere, or the socket
// closes before any <open/>. Played by scripted endpoints on 127.0.0.1.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Element } from "@xmpp/xml";
import type { WebSocket } from "ws";
import type { PepperError, Session, SessionHandlers } from "../src/xmpp/api";
import { redirectTarget } from "../src/xmpp/endpoints";
import { connect } from "../src/xmpp/session";
import { caseStep } from "./fixtures";
import { fakeEndpoint, type FakeEndpoint, type Script } from "./fakeEndpoint";
import { FRAMING, openAnswer, useNodeWebSocket } from "./fakeEndpoint";
import { xmppServer } from "./fakeEndpoint";

const [plainClose] = caseStep("case-22", "1");
const [sameDomain] = caseStep("case-22", "2");
const [foreign] = caseStep("case-22", "3");
const OUR_CLOSE = new RegExp(`^<close xmlns=["']${FRAMING}["']/>$`);

let restore: () => void;
const endpoints: FakeEndpoint[] = [];
beforeAll(() => {
  restore = useNodeWebSocket();
});
afterAll(() => restore());
afterEach(async () => {
  await Promise.all(endpoints.splice(0).map((endpoint) => endpoint.close()));
});

async function endpoint(script: Script): Promise<FakeEndpoint> {
  const made = await fakeEndpoint(script);
  endpoints.push(made);
  return made;
}

/** Handlers that note the disconnect; nothing else is expected here. */
function watching() {
  let lost: (error: PepperError) => void = () => undefined;
  const disconnected = new Promise<PepperError>((resolve) => {
    lost = resolve;
  });
  const none = () => undefined;
  const handlers: SessionHandlers = {
    onRosterItem: none,
    onRosterRemove: none,
    onPresence: none,
    onSubscriptionRequest: none,
    onPosts: none,
    onRetract: none,
    onFeedPurged: none,
    onAvatar: none,
    onComments: none,
    onDisconnected: (error) => lost(error),
  };
  return { handlers, disconnected };
}

function login(service: string, handlers = watching().handlers) {
  const options = { jid: "bob@example.test", password: "bobpass", service };
  return connect(options, handlers);
}

/** An endpoint that answers <open/> and at once closes the stream. */
function closingWith(close: string): Script {
  return (socket, frame) => {
    if (frame.startsWith("<open ")) {
      socket.send(openAnswer());
      socket.send(close);
    }
  };
}

describe("case-22 step 1: the server closes the stream", () => {
  it("is answered with our <close/>, reported, and nothing is sent after", async () => {
    const { handlers, disconnected } = watching();
    let socket: WebSocket | undefined;
    const server = await endpoint(xmppServer((bound) => (socket = bound)));
    const session: Session = await login(server.url, handlers);
    socket?.send(String(plainClose));

    const error = await disconnected;
    expect(error).toMatchObject({ code: "connection-lost" });
    expect(error.redirect).toBeUndefined();
    expect(server.received.filter((f) => OUR_CLOSE.test(f))).toHaveLength(1);

    const before = server.received.length;
    await expect(session.announce()).rejects.toMatchObject({
      code: "connection-lost",
    });
    expect(server.received).toHaveLength(before);
    await expect(session.resume()).resolves.toBe(false);
  });
});

describe("case-22 steps 2 and 3: see-other-uri", () => {
  it("follows the same domain over wss:, never plain ws: elsewhere", () => {
    const from = "wss://xmpp.example.test/xmpp-websocket";
    const uri = (close: Element | undefined) => close?.attrs["see-other-uri"];
    expect(redirectTarget(uri(sameDomain), "example.test", from)).toBe(
      "wss://ws2.example.test/xmpp-websocket",
    );
    expect(redirectTarget(uri(foreign), "example.test", from)).toBeUndefined();
  });

  it("refuses wss: on a foreign host and ws: on the same domain", () => {
    const from = "wss://example.test/ws";
    const check = (uri: string) => redirectTarget(uri, "example.test", from);
    expect(check("wss://example.test.evil.net/ws")).toBeUndefined();
    expect(check("wss://badexample.test/ws")).toBeUndefined();
    expect(check("ws://ws2.example.test/ws")).toBeUndefined();
    expect(check("not a url")).toBeUndefined();
  });

  it("re-authenticates where a redirect during login sends it", async () => {
    const there = await endpoint(xmppServer(() => undefined));
    const redirect = `<close xmlns="${FRAMING}" see-other-uri="${there.url}"/>`;
    const here = await endpoint(closingWith(redirect));

    const session = await login(here.url);

    expect(session.service).toBe(there.url);
    expect(there.received.some((f) => f.startsWith("<auth "))).toBe(true);
    expect(here.received.join("")).not.toMatch(/<auth|bobpass/);
    await session.logout();
  });

  it("treats a ws: redirect to a foreign host as a plain failure", async () => {
    const here = await endpoint(closingWith(String(foreign)));
    await expect(login(here.url)).rejects.toMatchObject({
      code: "unreachable",
    });
    expect(here.received.join("")).not.toMatch(/<auth|bobpass/);
  });

  it("follows two redirects in a row at most", async () => {
    let self = "";
    const looping = await endpoint((socket, frame) =>
      closingWith(`<close xmlns="${FRAMING}" see-other-uri="${self}"/>`)(
        socket,
        frame,
      ),
    );
    self = looping.url;

    await expect(login(looping.url)).rejects.toMatchObject({
      code: "unreachable",
    });
    const opens = looping.received.filter((f) => f.startsWith("<open "));
    expect(opens).toHaveLength(3);
  });

  it("passes a redirect after login on to whoever reconnects", async () => {
    const { handlers, disconnected } = watching();
    const there = "ws://127.0.0.1:9/xmpp-websocket";
    const close = `<close xmlns="${FRAMING}" see-other-uri="${there}"/>`;
    let socket: WebSocket | undefined;
    const server = await endpoint(xmppServer((bound) => (socket = bound)));
    await login(server.url, handlers);
    socket?.send(close);

    await expect(disconnected).resolves.toMatchObject({
      code: "connection-lost",
      redirect: there,
    });
  });
});

describe("case-22 step 4: the socket closes before any <open/>", () => {
  it.each([
    ["abruptly (1006)", (socket: WebSocket) => socket.terminate()],
    ["cleanly (1000)", (socket: WebSocket) => socket.close(1000)],
  ])("is a connection failure when it closes %s", async (_, end) => {
    const server = await endpoint((socket) => end(socket));
    await expect(login(server.url)).rejects.toMatchObject({
      code: "unreachable",
    });
    expect(server.received).toHaveLength(1);
  });
});
