import { describe, expect, it } from "vitest";
import { canonical, stanza } from "../../test/fixtures";
import {
  parseAvatarDataResult,
  parseAvatarEvent,
  parseAvatarMetadataResult,
  publishAvatarDataRequest,
  publishAvatarMetadataRequest,
} from "./avatar";

const ID = "f99124b13759d67edc5d08495013546a962b5ebb";
const OTHER = "7a2b00000000000000000000000000000000beef";

const OPTIONS = `<publish-options>
  <x xmlns="jabber:x:data" type="submit">
    <field var="FORM_TYPE" type="hidden">
      <value>http://jabber.org/protocol/pubsub#publish-options</value>
    </field>
    <field var="pubsub#access_model"><value>presence</value></field>
  </x>
</publish-options>`;

function event(items: string): ReturnType<typeof stanza> {
  return stanza(`<message from="alice@example.test" type="headline">
    <event xmlns="http://jabber.org/protocol/pubsub#event">
      <items node="urn:xmpp:avatar:metadata">${items}</items>
    </event>
  </message>`);
}

function result(items: string): ReturnType<typeof stanza> {
  return stanza(`<iq type="result">
    <pubsub xmlns="http://jabber.org/protocol/pubsub">
      <items node="urn:xmpp:avatar:metadata">${items}</items>
    </pubsub>
  </iq>`);
}

const info = (id: string, type: string, extra = "") =>
  `<info id="${id}" type="${type}" bytes="70" ${extra}/>`;
const item = (id: string, ...infos: string[]) =>
  `<item id="${id}"><metadata xmlns="urn:xmpp:avatar:metadata">${infos.join(
    "",
  )}</metadata></item>`;

describe("parseAvatarMetadataResult", () => {
  it("reads an empty metadata element as no avatar (initials)", () => {
    expect(parseAvatarMetadataResult(result(item("x")))).toBeNull();
  });

  it("gives undefined when the node holds no item", () => {
    expect(parseAvatarMetadataResult(result(""))).toBeUndefined();
  });

  it("takes the first stored type when there is no PNG", () => {
    const answer = result(item(OTHER, info(OTHER, "image/jpeg")));
    expect(parseAvatarMetadataResult(answer)).toMatchObject({
      id: OTHER,
      type: "image/jpeg",
    });
  });

  it("reads an avatar offered only at a URL as none it can show", () => {
    const offsite = info(OTHER, "image/webp", 'url="https://x.test/a.webp"');
    expect(parseAvatarMetadataResult(result(item(OTHER, offsite)))).toBeNull();
  });
});

describe("parseAvatarEvent", () => {
  it("takes the last item of a notification as the newest", () => {
    const parsed = parseAvatarEvent(
      event(item(OTHER, info(OTHER, "image/png")) + item("off")),
    );
    expect(parsed).toEqual({ publisher: "alice@example.test", metadata: null });
  });

  it("reads the avatar a notification names", () => {
    const parsed = parseAvatarEvent(event(item(ID, info(ID, "image/png"))));
    expect(parsed?.metadata).toEqual({ id: ID, type: "image/png", bytes: 70 });
  });

  it("ignores another node's notification", () => {
    const other = stanza(`<message from="alice@example.test">
      <event xmlns="http://jabber.org/protocol/pubsub#event">
        <items node="urn:xmpp:microblog:0"><item id="1"/></items>
      </event>
    </message>`);
    expect(parseAvatarEvent(other)).toBeUndefined();
  });
});

describe("parseAvatarDataResult", () => {
  it("discards data that is not base64", async () => {
    const answer = stanza(`<iq type="result">
      <pubsub xmlns="http://jabber.org/protocol/pubsub">
        <items node="urn:xmpp:avatar:data">
          <item id="${ID}"><data xmlns="urn:xmpp:avatar:data">**</data></item>
        </items>
      </pubsub>
    </iq>`);
    expect(await parseAvatarDataResult(answer, ID)).toBeUndefined();
  });
});

describe("publishing our avatar", () => {
  it("puts the bytes as base64 under their hash, shared like posts", () => {
    const sent = publishAvatarDataRequest("abc", new Uint8Array([1, 2, 3]));
    expect(canonical(sent)).toEqual(
      canonical(
        stanza(`<iq type="set">
          <pubsub xmlns="http://jabber.org/protocol/pubsub">
            <publish node="urn:xmpp:avatar:data">
              <item id="abc"><data xmlns="urn:xmpp:avatar:data">AQID</data></item>
            </publish>
            ${OPTIONS}
          </pubsub>
        </iq>`),
      ),
    );
  });

  it("names it in the metadata with its real size", () => {
    const sent = publishAvatarMetadataRequest({
      id: "abc",
      type: "image/png",
      bytes: 3,
      width: 192,
      height: 144,
    });
    expect(canonical(sent)).toEqual(
      canonical(
        stanza(`<iq type="set">
          <pubsub xmlns="http://jabber.org/protocol/pubsub">
            <publish node="urn:xmpp:avatar:metadata">
              <item id="abc">
                <metadata xmlns="urn:xmpp:avatar:metadata">
                  <info id="abc" type="image/png" bytes="3" width="192" height="144"/>
                </metadata>
              </item>
            </publish>
            ${OPTIONS}
          </pubsub>
        </iq>`),
      ),
    );
  });
});
