// Who may read our posts: the `pubsub#access_model` of our microblog node
// and of each of its comments nodes (XEP-0060 §4.5, §8.2; XEP-0163 §4).
import xml, { type Element } from "@xmpp/xml";
import { submitForm } from "./forms";
import {
  FORM_NODE_CONFIG,
  NODE_MICROBLOG,
  NS_DATA_FORMS,
  NS_DISCO_ITEMS,
  NS_PUBSUB_OWNER,
} from "./ns";

/**
 * The two access models Pepper offers: contacts whose presence we share
 * ("presence", friends) or anyone at all ("open", everyone).
 */
export type AccessModel = "presence" | "open";

/** What Pepper creates nodes with until told otherwise. */
export const DEFAULT_ACCESS: AccessModel = "presence";

/** XEP-0060 §8.2.1: asks for the configuration form of one of our nodes. */
export function nodeConfigRequest(node: string): Element {
  return ownerIq("get", xml("configure", { node }));
}

/**
 * The access model in a configuration form (XEP-0060 §8.2.1, XEP-0004
 * §3.2). Returns undefined when the form has none; any model, including
 * those Pepper does not offer (roster, whitelist, authorize), as written.
 */
export function parseAccessModel(iq: Element): string | undefined {
  const fields =
    iq
      .getChild("pubsub", NS_PUBSUB_OWNER)
      ?.getChild("configure", NS_PUBSUB_OWNER)
      ?.getChild("x", NS_DATA_FORMS)
      ?.getChildren("field", NS_DATA_FORMS) ?? [];
  const field = fields.find((f) => f.attrs.var === "pubsub#access_model");
  return field?.getChildText("value", NS_DATA_FORMS)?.trim() || undefined;
}

/**
 * XEP-0060 §8.2.4: configures one of our nodes. Every field Pepper cares
 * about is sent, not just the changed one: a server may reset fields a
 * submitted form leaves out to their defaults.
 */
export function configureRequest(
  node: string,
  config: Readonly<Record<string, string>>,
): Element {
  const form = submitForm(FORM_NODE_CONFIG, config);
  return ownerIq("set", xml("configure", { node }, form));
}

/** XEP-0030 §4.1: the nodes of our own PEP service (XEP-0163 §9.2). */
export function ownNodesRequest(owner: string): Element {
  const query = xml("query", { xmlns: NS_DISCO_ITEMS });
  return xml("iq", { type: "get", to: owner }, query);
}

/** The names of our own comments nodes in a disco#items result. */
export function parseCommentsNodes(iq: Element): string[] {
  const prefix = `${NODE_MICROBLOG}:comments/`;
  return (iq.getChild("query", NS_DISCO_ITEMS)?.getChildren("item") ?? [])
    .map((item) => item.attrs.node ?? "")
    .filter((node) => node.startsWith(prefix));
}

function ownerIq(type: "get" | "set", child: Element): Element {
  return xml("iq", { type }, xml("pubsub", { xmlns: NS_PUBSUB_OWNER }, child));
}
