// Reading and writing single items of PEP nodes (XEP-0163): someone's
// newest item, and a publish to one of our own nodes.
import xml, { type Element } from "@xmpp/xml";
import { submitForm } from "./forms";
import { FORM_PUBLISH_OPTIONS, NS_PUBSUB } from "./ns";

/** XEP-0060 §6.5.7: asks for the newest item of owner's node only. */
export function newestItemRequest(owner: string, node: string): Element {
  return itemsGet(owner, xml("items", { node, max_items: "1" }));
}

/** XEP-0060 §6.5: an items request to owner, as `items` says. */
export function itemsGet(owner: string, items: Element): Element {
  return xml(
    "iq",
    { type: "get", to: owner },
    xml("pubsub", { xmlns: NS_PUBSUB }, items),
  );
}

/**
 * XEP-0060 §7.1: publishes `payload` as item `id` of our `node`. With
 * `shared` it adds publish-options (§7.1.5) with the access model Pepper
 * gives its microblog node ("presence"), so that a node this creates is
 * shared exactly as the posts are; a node that exists with another model
 * makes the server refuse with precondition-not-met (§7.1.5.4). Without
 * it the server's default applies.
 */
export function pepPublishRequest(
  node: string,
  id: string,
  payload: Element,
  { shared }: { shared: boolean } = { shared: true },
): Element {
  const options = submitForm(FORM_PUBLISH_OPTIONS, {
    "pubsub#access_model": "presence",
  });
  return xml(
    "iq",
    { type: "set" },
    xml(
      "pubsub",
      { xmlns: NS_PUBSUB },
      xml("publish", { node }, xml("item", { id }, payload)),
      shared ? xml("publish-options", {}, options) : undefined,
    ),
  );
}
