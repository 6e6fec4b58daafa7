import { describe, expect, it } from "vitest";
import { discoverWebSockets } from "./discovery";

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

describe("discoverWebSockets", () => {
  it("reads the XML host-meta first and stops there", async () => {
    const { fetchFn, asked } = serving({
      "https://x.test/.well-known/host-meta": XML_DOC,
      "https://x.test/.well-known/host-meta.json": JSON_DOC,
    });
    await expect(
      discoverWebSockets("x.test", { fetch: fetchFn }),
    ).resolves.toEqual(["wss://x.test/xmpp"]);
    expect(asked).toEqual(["https://x.test/.well-known/host-meta"]);
  });

  it("falls back to host-meta.json", async () => {
    const { fetchFn, asked } = serving({
      "https://x.test/.well-known/host-meta.json": JSON_DOC,
    });
    await expect(
      discoverWebSockets("x.test", { fetch: fetchFn }),
    ).resolves.toEqual(["wss://x.test/ws"]);
    expect(asked).toEqual([
      "https://x.test/.well-known/host-meta",
      "https://x.test/.well-known/host-meta.json",
    ]);
  });

  it("says no-endpoint when the domain publishes none", async () => {
    const { fetchFn } = serving({});
    await expect(
      discoverWebSockets("x.test", { fetch: fetchFn }),
    ).rejects.toMatchObject({
      code: "no-endpoint",
    });
  });

  it("says the settings could not be read when the host is unreachable", async () => {
    const fetchFn = async () => {
      throw new TypeError("Failed to fetch");
    };
    await expect(
      discoverWebSockets("x.test", { fetch: fetchFn }),
    ).rejects.toMatchObject({
      code: "host-meta-unreadable",
    });
  });
});
