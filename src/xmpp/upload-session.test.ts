import type { Client } from "@xmpp/client";
import StanzaErrorJs from "@xmpp/middleware/lib/StanzaError.js";
import type { Element } from "@xmpp/xml";
import parse from "@xmpp/xml/lib/parse.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { uploadMethods } from "./upload-session";

const ITEMS = `<iq type="result"><query
  xmlns="http://jabber.org/protocol/disco#items">
  <item jid="upload.localhost"/></query></iq>`;
const NO_UPLOAD = `<iq type="result"><query
  xmlns="http://jabber.org/protocol/disco#info">
  <feature var="http://jabber.org/protocol/disco#info"/></query></iq>`;
const UPLOAD = `<iq type="result"><query
  xmlns="http://jabber.org/protocol/disco#info">
  <feature var="urn:xmpp:http:upload:0"/>
  <x xmlns="jabber:x:data" type="result">
    <field var="FORM_TYPE"><value>urn:xmpp:http:upload:0</value></field>
    <field var="max-file-size"><value>1000</value></field>
  </x></query></iq>`;
const SLOT = `<iq type="result"><slot xmlns="urn:xmpp:http:upload:0">
  <get url="https://up.test/f/1/cat.png"/>
  <put url="https://up.test/f/1/cat.png">
    <header name="Authorization">Bearer t</header></put></slot></iq>`;
// mod_http_file_share 0.12 refusing a file over its limit (XEP-0363 §4).
const TOO_LARGE = `<error type="modify">
  <not-acceptable xmlns="urn:ietf:params:xml:ns:xmpp-stanzas"/>
  <text xmlns="urn:ietf:params:xml:ns:xmpp-stanzas">File too large</text>
  <file-too-large xmlns="urn:xmpp:http:upload:0">
    <max-file-size>1000</max-file-size></file-too-large></error>`;

/** A server that answers disco by `to`, and slots with `slot`. */
function fakeServer(slot: () => Promise<Element>) {
  const request = vi.fn((iq: Element) => {
    if (iq.getChild("request")) return slot();
    const items = iq.getChild("query")?.attrs.xmlns?.endsWith("#items");
    if (items) return Promise.resolve(parse(ITEMS));
    const to = iq.attrs.to;
    return Promise.resolve(parse(to === "localhost" ? NO_UPLOAD : UPLOAD));
  });
  const client = { iqCaller: { request } } as unknown as Client;
  return { methods: uploadMethods(client, "localhost"), request };
}

const picture = (size: number) =>
  new File([new Uint8Array(size)], "cat.png", { type: "image/png" });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("uploadMethods", () => {
  it("finds the service among the server's items, once", async () => {
    const { methods, request } = fakeServer(() => Promise.resolve(parse(SLOT)));
    await expect(methods.findUploadService()).resolves.toEqual({
      jid: "upload.localhost",
      maxFileSize: 1000,
    });
    await methods.findUploadService();
    expect(request).toHaveBeenCalledTimes(3);
  });

  it("refuses a file over the limit without asking for a slot", async () => {
    const { methods, request } = fakeServer(() => Promise.resolve(parse(SLOT)));
    await expect(methods.uploadPicture(picture(1001))).rejects.toMatchObject({
      code: "file-too-large",
    });
    expect(request.mock.calls.some(([iq]) => iq.getChild("request"))).toBe(
      false,
    );
  });

  it("reads the server's file-too-large refusal as such", async () => {
    const refusal = StanzaErrorJs.fromElement(parse(TOO_LARGE));
    const { methods } = fakeServer(() => Promise.reject(refusal));
    await expect(methods.uploadPicture(picture(10))).rejects.toMatchObject({
      code: "file-too-large",
    });
  });

  it("PUTs to the slot and gives the enclosure to publish", async () => {
    const put = vi.fn(() =>
      Promise.resolve(new Response(null, { status: 201 })),
    );
    vi.stubGlobal("fetch", put);
    const { methods } = fakeServer(() => Promise.resolve(parse(SLOT)));

    await expect(methods.uploadPicture(picture(10))).resolves.toEqual({
      href: "https://up.test/f/1/cat.png",
      type: "image/png",
      length: 10,
    });
    expect(put).toHaveBeenCalledWith(
      "https://up.test/f/1/cat.png",
      expect.objectContaining({
        method: "PUT",
        headers: { Authorization: "Bearer t", "Content-Type": "image/png" },
      }),
    );
  });

  it("fails with upload-failed when the PUT is refused", async () => {
    const put = () => Promise.resolve(new Response(null, { status: 500 }));
    vi.stubGlobal("fetch", put);
    const { methods } = fakeServer(() => Promise.resolve(parse(SLOT)));
    await expect(methods.uploadPicture(picture(10))).rejects.toMatchObject({
      code: "upload-failed",
    });
  });
});
