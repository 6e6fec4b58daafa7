// Builders for the few requests the Node helper sends, kept apart from the
// session so each reads as the wire format it produces.
import { xml } from "@xmpp/client";

export const MICROBLOG = "urn:xmpp:microblog:0";

const NS_PUBSUB = "http://jabber.org/protocol/pubsub";
const NS_PUBSUB_OWNER = "http://jabber.org/protocol/pubsub#owner";
export const NS_ROSTER = "jabber:iq:roster";
const NS_DATA = "jabber:x:data";

// RFC 6121 §2.1.3 (get, with no item) and §2.3 (set, with one).
export function rosterQuery(item) {
  return xml("query", { xmlns: NS_ROSTER }, item && xml("item", item));
}

// XEP-0060 §7.1.5. Prosody caps max_items=max at pep_max_items. ejabberd
// 23.01 would refuse the max_items field; Pepper's scripts only run against
// its own Prosody.
function publishOptions(accessModel) {
  const field = (v, value) => xml("field", { var: v }, xml("value", {}, value));
  return xml(
    "publish-options",
    {},
    xml(
      "x",
      { xmlns: NS_DATA, type: "submit" },
      xml(
        "field",
        { var: "FORM_TYPE", type: "hidden" },
        xml("value", {}, `${NS_PUBSUB}#publish-options`),
      ),
      field("pubsub#access_model", accessModel),
      field("pubsub#persist_items", "true"),
      field("pubsub#max_items", "max"),
    ),
  );
}

export function publishRequest({ node, id, payload, accessModel }) {
  const item = xml("item", id === undefined ? {} : { id }, payload);
  return xml(
    "pubsub",
    { xmlns: NS_PUBSUB },
    xml("publish", { node }, item),
    publishOptions(accessModel),
  );
}

export function publishedId(result) {
  return result?.getChild("publish")?.getChild("item")?.attrs.id;
}

export function retractRequest({ node, id }) {
  const retract = xml("retract", { node, notify: "true" }, xml("item", { id }));
  return xml("pubsub", { xmlns: NS_PUBSUB }, retract);
}

export function itemsRequest({ node }) {
  return xml("pubsub", { xmlns: NS_PUBSUB }, xml("items", { node }));
}

export function fetchedItems(result) {
  return result
    .getChild("items")
    .getChildren("item")
    .map((item) => ({
      id: item.attrs.id,
      xml: item.getChildElements()[0]?.toString() ?? "",
    }));
}

// XEP-0060 §8.4.
export function deleteRequest({ node }) {
  return xml("pubsub", { xmlns: NS_PUBSUB_OWNER }, xml("delete", { node }));
}
