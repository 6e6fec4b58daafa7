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

const field = (v, value) => xml("field", { var: v }, xml("value", {}, value));

// A submitted data form (XEP-0004 §3.1) of the given FORM_TYPE.
function form(type, ...fields) {
  const formType = xml(
    "field",
    { var: "FORM_TYPE", type: "hidden" },
    xml("value", {}, type),
  );
  return xml("x", { xmlns: NS_DATA, type: "submit" }, formType, ...fields);
}

// XEP-0060 §8.1.3: creates a node of our PEP service configured as
// Pepper configures a post's comments node (src/xmpp/comments.ts): whoever
// may read the post may comment, and each item is stamped with its
// publisher.
export function createCommentsNodeRequest({ node }) {
  const config = form(
    `${NS_PUBSUB}#node_config`,
    field("pubsub#access_model", "presence"),
    field("pubsub#publish_model", "open"),
    field("pubsub#persist_items", "true"),
    field("pubsub#max_items", "max"),
    field("pubsub#notify_retract", "true"),
    field("pubsub#itemreply", "publisher"),
  );
  return xml(
    "pubsub",
    { xmlns: NS_PUBSUB },
    xml("create", { node }),
    xml("configure", {}, config),
  );
}

// XEP-0060 §7.1.5. Prosody caps max_items=max at pep_max_items. ejabberd
// 23.01 refuses the max_items field (resource-constraint), so the caller
// publishes without it and then configures the node (configureRequest).
function publishOptions(accessModel, maxItems) {
  const fields = [
    field("pubsub#access_model", accessModel),
    field("pubsub#persist_items", "true"),
  ];
  if (maxItems) fields.push(field("pubsub#max_items", "max"));
  return xml(
    "publish-options",
    {},
    form(`${NS_PUBSUB}#publish-options`, ...fields),
  );
}

export function publishRequest({ node, id, payload, accessModel, maxItems }) {
  const item = xml("item", id === undefined ? {} : { id }, payload);
  return xml(
    "pubsub",
    { xmlns: NS_PUBSUB },
    xml("publish", { node }, item),
    publishOptions(accessModel, maxItems),
  );
}

// XEP-0060 §8.2.4: keep every item (ejabberd's PEP default keeps one).
export function configureRequest({ node }) {
  const config = form(
    `${NS_PUBSUB}#node_config`,
    field("pubsub#max_items", "max"),
  );
  return xml(
    "pubsub",
    { xmlns: NS_PUBSUB_OWNER },
    xml("configure", { node }, config),
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
