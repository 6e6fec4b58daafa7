import parse from "@xmpp/xml/lib/parse.js";
import { describe, expect, it } from "vitest";
import {
  parseDiscoItems,
  parseSlot,
  parseUploadInfo,
  slotRequest,
} from "./upload";

// As Prosody 0.12's mod_disco and mod_http_file_share answer them.
const ITEMS = `<iq type="result" from="localhost" id="d1">
  <query xmlns="http://jabber.org/protocol/disco#items">
    <item jid="upload.localhost" name="HTTP File Upload"/>
    <item jid="pubsub.localhost"/>
    <item jid="localhost" node="announce"/>
    <item jid="upload.localhost"/>
  </query>
</iq>`;

const UPLOAD_INFO = `<iq type="result" from="upload.localhost" id="d2">
  <query xmlns="http://jabber.org/protocol/disco#info">
    <identity category="store" type="file" name="HTTP File Upload"/>
    <feature var="http://jabber.org/protocol/disco#info"/>
    <feature var="urn:xmpp:http:upload:0"/>
    <x xmlns="jabber:x:data" type="result">
      <field var="FORM_TYPE" type="hidden">
        <value>urn:xmpp:http:upload:0</value>
      </field>
      <field var="max-file-size" type="text-single">
        <value>1048576</value>
      </field>
    </x>
  </query>
</iq>`;

const SLOT = `<iq type="result" from="upload.localhost" id="s1">
  <slot xmlns="urn:xmpp:http:upload:0">
    <get url="http://127.0.0.1:5280/file_share/Xy1/cat.png"/>
    <put url="http://127.0.0.1:5280/file_share/Xy1/cat.png">
      <header name="Authorization">Bearer eyJh.abc</header>
      <header name="X-Evil">injected</header>
      <header name="Expires">Tue, 05 Mar 2024 10:00:00 GMT</header>
    </put>
  </slot>
</iq>`;

describe("parseDiscoItems", () => {
  it("lists each item JID once, leaving out items with a node", () => {
    expect(parseDiscoItems(parse(ITEMS))).toEqual([
      "upload.localhost",
      "pubsub.localhost",
    ]);
  });
});

describe("parseUploadInfo", () => {
  it("reads the upload feature and its max-file-size", () => {
    expect(parseUploadInfo("upload.localhost", parse(UPLOAD_INFO))).toEqual({
      jid: "upload.localhost",
      maxFileSize: 1048576,
    });
  });

  it("gives nothing for an entity without the upload feature", () => {
    const pubsub = parse(`<iq type="result">
      <query xmlns="http://jabber.org/protocol/disco#info">
        <identity category="pubsub" type="service"/>
        <feature var="http://jabber.org/protocol/pubsub"/>
      </query>
    </iq>`);
    expect(parseUploadInfo("pubsub.localhost", pubsub)).toBeUndefined();
  });

  it("takes no limit from another form or a value that is no size", () => {
    const other = parse(`<iq type="result">
      <query xmlns="http://jabber.org/protocol/disco#info">
        <feature var="urn:xmpp:http:upload:0"/>
        <x xmlns="jabber:x:data" type="result">
          <field var="FORM_TYPE"><value>urn:example:other</value></field>
          <field var="max-file-size"><value>5</value></field>
        </x>
        <x xmlns="jabber:x:data" type="result">
          <field var="FORM_TYPE"><value>urn:xmpp:http:upload:0</value></field>
          <field var="max-file-size"><value>lots</value></field>
        </x>
      </query>
    </iq>`);
    expect(parseUploadInfo("up.x.test", other)).toEqual({ jid: "up.x.test" });
  });
});

describe("slotRequest", () => {
  it("asks the service for a slot with name, size and type", () => {
    const iq = slotRequest("upload.localhost", {
      name: "cat.png",
      size: 2048,
      type: "image/png",
    });
    expect(iq.toString()).toBe(
      '<iq type="get" to="upload.localhost">' +
        '<request xmlns="urn:xmpp:http:upload:0" filename="cat.png" ' +
        'size="2048" content-type="image/png"/></iq>',
    );
  });
});

describe("parseSlot", () => {
  it("reads put and get URLs and keeps only the allowed headers", () => {
    expect(parseSlot(parse(SLOT))).toEqual({
      putUrl: "http://127.0.0.1:5280/file_share/Xy1/cat.png",
      getUrl: "http://127.0.0.1:5280/file_share/Xy1/cat.png",
      headers: {
        Authorization: "Bearer eyJh.abc",
        Expires: "Tue, 05 Mar 2024 10:00:00 GMT",
      },
    });
  });

  it("strips line breaks from a header value", () => {
    const slot = parseSlot(
      parse(SLOT.replace("Bearer eyJh.abc", "Bearer a\r\nX-Evil: 1")),
    );
    expect(slot?.headers.Authorization).toBe("Bearer aX-Evil: 1");
  });

  it("refuses plain http off loopback and a slot without a get URL", () => {
    const remote = SLOT.replaceAll("127.0.0.1:5280", "files.example.test");
    expect(parseSlot(parse(remote))).toBeUndefined();
    const https = SLOT.replaceAll("http://127.0.0.1:5280", "https://f.test");
    expect(parseSlot(parse(https))?.getUrl).toBe(
      "https://f.test/file_share/Xy1/cat.png",
    );
    const noGet = SLOT.replace(/<get [^>]*\/>/, "");
    expect(parseSlot(parse(noGet))).toBeUndefined();
  });
});
