import { describe, expect, it } from "vitest";
import { discoverWebSocket } from "./discovery";

const JSON_DOC = JSON.stringify({
  links: [
    { rel: "urn:xmpp:alt-connections:xbosh", href: "https://x.test/bosh" },
    { rel: "urn:xmpp:alt-connections:websocket", href: "wss://x.test/ws" },
  ],
});

const XML_DOC = `<?xml version='1.0' encoding='utf-8'?>
<XRD xmlns='http://docs.oasis-open.org/ns/xri/xrd-1.0'>
  <Link rel="urn:xmpp:alt-connections:websocket" href="wss://x.test/xmpp"/>
</XRD>`;

function serving(docs: Record<string, string>) {
  const asked: string[] = [];
  const fetchFn = async (url: string) => {
    asked.push(url);
    const body = docs[url];
    return new Response(body ?? "", { status: body ? 200 : 404 });
  };
  return { asked, fetchFn };
}

describe("discoverWebSocket", () => {
  it("finds the endpoint in host-meta.json", async () => {
    const { fetchFn } = serving({
      "https://x.test/.well-known/host-meta.json": JSON_DOC,
    });
    await expect(discoverWebSocket("x.test", fetchFn)).resolves.toBe(
      "wss://x.test/ws",
    );
  });

  it("falls back to the XML host-meta", async () => {
    const { fetchFn, asked } = serving({
      "https://x.test/.well-known/host-meta": XML_DOC,
    });
    await expect(discoverWebSocket("x.test", fetchFn)).resolves.toBe(
      "wss://x.test/xmpp",
    );
    expect(asked).toHaveLength(2);
  });

  it("says no-endpoint when the domain publishes none", async () => {
    const { fetchFn } = serving({});
    await expect(discoverWebSocket("x.test", fetchFn)).rejects.toMatchObject({
      code: "no-endpoint",
    });
  });

  it("says no-endpoint when the host cannot be reached", async () => {
    const fetchFn = async () => {
      throw new TypeError("Failed to fetch");
    };
    await expect(discoverWebSocket("x.test", fetchFn)).rejects.toMatchObject({
      code: "no-endpoint",
    });
  });
});
