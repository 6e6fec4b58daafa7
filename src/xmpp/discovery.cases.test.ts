// case-25 (test/fixtures/cases/case-25.md): host-meta documents as found
// in the wild, each ending in its endpoints or in an error naming the
// cause. Trying each link in turn belongs to the connection.
import { describe, expect, it } from "vitest";
import { discoverWebSockets } from "./discovery";

const BASE = "https://example.test/.well-known/host-meta";
const XRD = `<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">
  <Link rel="urn:xmpp:alt-connections:websocket" href="wss://dead.example.test/ws"/>
  <Link rel="urn:xmpp:alt-connections:websocket" href="wss://xmpp.example.test/xmpp-websocket"/>
</XRD>`;

const LINKS = [
  "wss://dead.example.test/ws",
  "wss://xmpp.example.test/xmpp-websocket",
];

/** A fetch answering only the given URLs, 404 elsewhere; never the network. */
function serving(docs: Record<string, string>) {
  return async (url: string) => {
    const body = docs[url];
    return new Response(body ?? "", { status: body ? 200 : 404 });
  };
}

const discover = (docs: Record<string, string>, securePage = true) =>
  discoverWebSockets("example.test", { fetch: serving(docs), securePage });

describe("case-25: host-meta variants", () => {
  it("V1: a document the page may not read (CORS) says so", async () => {
    const refused = async () => {
      throw new TypeError("Failed to fetch");
    };
    await expect(
      discoverWebSockets("example.test", { fetch: refused }),
    ).rejects.toMatchObject({ code: "host-meta-unreadable" });
  });

  it("V2, V3: a WebFinger document or an HTML page is not host-meta", async () => {
    await expect(
      discover({ [BASE]: '{"subject":"acct:bob@example.test","links":[]}' }),
    ).rejects.toMatchObject({ code: "host-meta-foreign" });
    await expect(
      discover({ [BASE]: "<!doctype html><html><body>Log in</body></html>" }),
    ).rejects.toMatchObject({ code: "host-meta-foreign" });
  });

  it("V4: JSON with a trailing comma is malformed, not a hang", async () => {
    const broken =
      '{ "links": [ { "rel": "urn:xmpp:alt-connections:websocket",' +
      ' "href": "wss://xmpp.example.test/xmpp-websocket" }, ] }';
    await expect(discover({ [`${BASE}.json`]: broken })).rejects.toMatchObject({
      code: "host-meta-malformed",
    });
  });

  it("V5: a broken XML declaration is read past (the case allows it)", async () => {
    const broken = `<?xml version='1.0' encoding=utf-8'?>${XRD}`;
    await expect(discover({ [BASE]: broken })).resolves.toEqual(LINKS);
  });

  it("V6: every link is kept, in order, to be tried in turn", async () => {
    await expect(discover({ [BASE]: XRD })).resolves.toEqual(LINKS);
  });

  it("XML host-meta is read before JSON", async () => {
    const json = JSON.stringify({
      links: [{ rel: "urn:xmpp:alt-connections:websocket", href: "wss://j/" }],
    });
    await expect(
      discover({ [BASE]: XRD, [`${BASE}.json`]: json }),
    ).resolves.toEqual(LINKS);
  });

  it("V7: only ws:// from an https page is an insecure endpoint", async () => {
    const plain = XRD.replaceAll("wss://", "ws://");
    await expect(discover({ [BASE]: plain })).rejects.toMatchObject({
      code: "host-meta-insecure",
    });
    // The same from a plain http page (a local test set-up) is used.
    await expect(discover({ [BASE]: plain }, false)).resolves.toHaveLength(2);
  });

  it("V7: ws:// to this machine stays usable from an https page", async () => {
    const local = XRD.replace("wss://dead.example.test", "ws://127.0.0.1:5280");
    await expect(discover({ [BASE]: local })).resolves.toEqual([
      "ws://127.0.0.1:5280/ws",
      "wss://xmpp.example.test/xmpp-websocket",
    ]);
  });

  it("V8: no document at all is no-endpoint", async () => {
    await expect(discover({})).rejects.toMatchObject({ code: "no-endpoint" });
  });
});
