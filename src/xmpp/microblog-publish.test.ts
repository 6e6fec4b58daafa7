import type { Element } from "@xmpp/xml";
import { describe, expect, it } from "vitest";
import { canonical, stanza } from "../../test/fixtures";
import {
  configureNodeRequest,
  parsePublishResult,
  publishRequest,
  retractRequest,
  type PublishOptions,
} from "./microblog-publish";
import { NS_ATOM, NS_DATA_FORMS, NS_PUBSUB } from "./ns";

const draft = {
  itemId: "p-1401",
  text: "Weekend plans",
  createdAt: "2024-03-10T08:00:00Z",
};

function request(options: PublishOptions): Element {
  return publishRequest(draft, {
    publisher: "bob@example.test",
    authorName: "Bob",
    options,
  });
}

function form(el: Element): Element {
  const x = el
    .getChild("pubsub", NS_PUBSUB)
    ?.getChild("publish-options", NS_PUBSUB)
    ?.getChild("x", NS_DATA_FORMS);
  if (!x) throw new Error("no publish-options form");
  return x;
}

function optionsForm(fields: string): Element {
  return stanza(`
    <x xmlns="jabber:x:data" type="submit">
      <field var="FORM_TYPE" type="hidden">
        <value>http://jabber.org/protocol/pubsub#publish-options</value>
      </field>
      ${fields}
    </x>`);
}

describe("publishRequest", () => {
  it("publishes the entry as an item with the draft's id", () => {
    const publish = request("none")
      .getChild("pubsub", NS_PUBSUB)
      ?.getChild("publish", NS_PUBSUB);
    const item = publish?.getChild("item", NS_PUBSUB);
    expect(publish?.attrs.node).toBe("urn:xmpp:microblog:0");
    expect(item?.attrs.id).toBe("p-1401");
    expect(
      item?.getChild("entry", NS_ATOM)?.getChildText("title", NS_ATOM),
    ).toBe("Weekend plans");
  });

  it("sends an iq set to our own account (no to)", () => {
    expect(request("full").attrs).toEqual({ type: "set" });
  });

  it("asks for presence access, persistence, max items and replies", () => {
    expect(canonical(form(request("full")))).toEqual(
      canonical(
        optionsForm(`
          <field var="pubsub#access_model"><value>presence</value></field>
          <field var="pubsub#persist_items"><value>true</value></field>
          <field var="pubsub#max_items"><value>max</value></field>
          <field var="pubsub#itemreply"><value>publisher</value></field>`),
      ),
    );
  });

  it("sends only what ejabberd 23.01 knows with no-max-items", () => {
    expect(canonical(form(request("no-max-items")))).toEqual(
      canonical(
        optionsForm(`
          <field var="pubsub#access_model"><value>presence</value></field>
          <field var="pubsub#persist_items"><value>true</value></field>`),
      ),
    );
  });

  it("asks for open access when everyone may read the posts", () => {
    const open = publishRequest(draft, {
      publisher: "bob@example.test",
      authorName: "Bob",
      options: "no-max-items",
      access: "open",
    });
    expect(canonical(form(open))).toEqual(
      canonical(
        optionsForm(`
          <field var="pubsub#access_model"><value>open</value></field>
          <field var="pubsub#persist_items"><value>true</value></field>`),
      ),
    );
  });

  it("sends no publish-options with none", () => {
    const pubsub = request("none").getChild("pubsub", NS_PUBSUB);
    expect(pubsub?.getChild("publish-options", NS_PUBSUB)).toBeUndefined();
  });
});

describe("configureNodeRequest", () => {
  it("asks to keep all items, notify retractions and limit access", () => {
    expect(canonical(configureNodeRequest())).toEqual(
      canonical(
        stanza(`
          <iq type="set">
            <pubsub xmlns="http://jabber.org/protocol/pubsub#owner">
              <configure node="urn:xmpp:microblog:0">
                <x xmlns="jabber:x:data" type="submit">
                  <field var="FORM_TYPE" type="hidden">
                    <value>http://jabber.org/protocol/pubsub#node_config</value>
                  </field>
                  <field var="pubsub#max_items"><value>max</value></field>
                  <field var="pubsub#notify_retract"><value>true</value></field>
                  <field var="pubsub#access_model">
                    <value>presence</value>
                  </field>
                  <field var="pubsub#persist_items"><value>true</value></field>
                </x>
              </configure>
            </pubsub>
          </iq>`),
      ),
    );
  });
});

describe("retractRequest", () => {
  it("retracts one item with notify", () => {
    expect(canonical(retractRequest("p-1"))).toEqual(
      canonical(
        stanza(`
          <iq type="set">
            <pubsub xmlns="http://jabber.org/protocol/pubsub">
              <retract node="urn:xmpp:microblog:0" notify="true">
                <item id="p-1"/>
              </retract>
            </pubsub>
          </iq>`),
      ),
    );
  });
});

describe("parsePublishResult", () => {
  it("reads the item id the server stored", () => {
    const iq = stanza(`
      <iq type="result">
        <pubsub xmlns="http://jabber.org/protocol/pubsub">
          <publish node="urn:xmpp:microblog:0">
            <item id="7044CD29A139E"/>
          </publish>
        </pubsub>
      </iq>`);
    expect(parsePublishResult(iq)).toBe("7044CD29A139E");
  });

  it("is undefined for an empty result", () => {
    expect(parsePublishResult(stanza(`<iq type="result"/>`))).toBeUndefined();
  });
});
