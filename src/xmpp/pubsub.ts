// XEP-0060 requests every pubsub module builds the same way.
import xml, { type Element } from "@xmpp/xml";
import { submitForm } from "./forms";
import { FORM_NODE_CONFIG, NS_PUBSUB } from "./ns";

/** An iq with one `pubsub` child; no `to` means our own PEP service. */
export function pubsubIq(
  type: "get" | "set",
  to: string | undefined,
  ...children: Element[]
): Element {
  const attrs = to === undefined ? { type } : { type, to };
  return xml("iq", attrs, xml("pubsub", { xmlns: NS_PUBSUB }, ...children));
}

/** XEP-0060 §8.1.3: creates one of our nodes with this configuration. */
export function createNodeRequest(
  node: string,
  config: Readonly<Record<string, string>>,
): Element {
  const form = submitForm(FORM_NODE_CONFIG, config);
  return pubsubIq(
    "set",
    undefined,
    xml("create", { node }),
    xml("configure", {}, form),
  );
}
