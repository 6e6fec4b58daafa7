import { describe, expect, it } from "vitest";
import { formValues, stanza } from "../../test/fixtures";
import { configureNodeRequest } from "./microblog";
import {
  configureRequest,
  nodeConfigRequest,
  ownNodesRequest,
  parseAccessModel,
  parseCommentsNodes,
} from "./node-config";
import { NS_PUBSUB_OWNER } from "./ns";

const OWNER = NS_PUBSUB_OWNER;

/** A configuration form as Prosody 0.12 answers it, trimmed. */
function configResult(access: string | null): string {
  const field =
    access === null
      ? ""
      : `<field var="pubsub#access_model" type="list-single"
           label="Specify the subscriber model">
           <option><value>authorize</value></option>
           <option><value>open</value></option>
           <option><value>presence</value></option>
           <value>${access}</value>
         </field>`;
  return `
    <iq type="result" xmlns="jabber:client" id="c1">
      <pubsub xmlns="${OWNER}">
        <configure node="urn:xmpp:microblog:0">
          <x xmlns="jabber:x:data" type="form">
            <field var="FORM_TYPE" type="hidden">
              <value>http://jabber.org/protocol/pubsub#node_config</value>
            </field>
            <field var="pubsub#max_items" type="text-single"><value>max</value></field>
            ${field}
          </x>
        </configure>
      </pubsub>
    </iq>`;
}

describe("parseAccessModel", () => {
  it("reads the chosen value, not the options offered", () => {
    expect(parseAccessModel(stanza(configResult("open")))).toBe("open");
    expect(parseAccessModel(stanza(configResult("presence")))).toBe("presence");
  });

  it("keeps a model Pepper does not offer as written", () => {
    expect(parseAccessModel(stanza(configResult("whitelist")))).toBe(
      "whitelist",
    );
  });

  it("is undefined for a form without the field", () => {
    expect(parseAccessModel(stanza(configResult(null)))).toBeUndefined();
  });
});

describe("node configuration requests", () => {
  it("asks our own service for the microblog node's form", () => {
    const iq = nodeConfigRequest("urn:xmpp:microblog:0");
    expect(iq.attrs).toEqual({ type: "get" });
    expect(iq.getChild("pubsub", OWNER)?.getChild("configure")?.attrs).toEqual({
      node: "urn:xmpp:microblog:0",
    });
  });

  it("submits a node_config form with the given fields", () => {
    const iq = configureRequest("n1", { "pubsub#access_model": "open" });
    const x = iq
      .getChild("pubsub", OWNER)
      ?.getChild("configure")
      ?.getChild("x");
    const vars = x?.getChildren("field").map((f) => f.attrs.var);
    expect(x?.attrs.type).toBe("submit");
    expect(vars).toEqual(["FORM_TYPE", "pubsub#access_model"]);
  });

  it("keeps every post when the microblog goes open to everyone", () => {
    const x = configureNodeRequest("open")
      .getChild("pubsub", OWNER)
      ?.getChild("configure")
      ?.getChild("x");
    expect(formValues(x)).toMatchObject({
      "pubsub#access_model": "open",
      "pubsub#max_items": "max",
      "pubsub#persist_items": "true",
    });
  });
});

describe("parseCommentsNodes", () => {
  it("keeps our comments nodes from a disco#items answer", () => {
    const iq = stanza(`
      <iq type="result" xmlns="jabber:client">
        <query xmlns="http://jabber.org/protocol/disco#items">
          <item jid="eve@example.test" node="urn:xmpp:microblog:0"/>
          <item jid="eve@example.test" node="urn:xmpp:microblog:0:comments/p1"/>
          <item jid="eve@example.test" node="http://jabber.org/protocol/nick"/>
          <item jid="eve@example.test" node="urn:xmpp:microblog:0:comments/p2"/>
        </query>
      </iq>`);
    expect(parseCommentsNodes(iq)).toEqual([
      "urn:xmpp:microblog:0:comments/p1",
      "urn:xmpp:microblog:0:comments/p2",
    ]);
    expect(ownNodesRequest("eve@example.test").attrs).toEqual({
      type: "get",
      to: "eve@example.test",
    });
  });
});
