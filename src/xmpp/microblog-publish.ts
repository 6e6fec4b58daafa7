// Writing to our own microblog node (XEP-0277 §3 over XEP-0060 §7 and
// §8): publishing an entry, configuring the node, retracting an item.
import xml, { type Element } from "@xmpp/xml";
import type { PostDraft } from "../model";
import { buildEntry } from "./atom";
import type { WriteContext } from "./atom-build";
import { submitForm } from "./forms";
import { DEFAULT_ACCESS, type AccessModel } from "./node-config";
import {
  FORM_NODE_CONFIG,
  FORM_PUBLISH_OPTIONS,
  NODE_MICROBLOG,
  NS_PUBSUB,
  NS_PUBSUB_OWNER,
} from "./ns";

/** What the publish-options may hold; see publishRequest. */
export type PublishOptions = "full" | "no-max-items" | "none";

/**
 * XEP-0060 §7.1.5: publishes the draft with publish-options, so that a
 * node created by this publish is readable by contacts only and keeps
 * every item, and (itemreply) the service stamps items with their
 * publisher's JID. "no-max-items" sends only access_model and
 * persist_items, all that ejabberd 23.01 knows; "none" sends no options.
 */
export function publishRequest(
  draft: PostDraft,
  ctx: WriteContext & { options: PublishOptions; access?: AccessModel },
): Element {
  const item = xml("item", { id: draft.itemId }, buildEntry(draft, ctx));
  const options = publishOptions(ctx.options, ctx.access ?? DEFAULT_ACCESS);
  return xml(
    "iq",
    { type: "set" },
    pubsub(
      NS_PUBSUB,
      xml("publish", { node: NODE_MICROBLOG }, item),
      options &&
        xml("publish-options", {}, submitForm(FORM_PUBLISH_OPTIONS, options)),
    ),
  );
}

/**
 * XEP-0060 §8.2.4: configures our own microblog node to keep every item,
 * to tell followers about retractions, and to keep the chosen access
 * model. ejabberd's PEP default keeps one item and sends no retract events.
 */
export function configureNodeRequest(
  access: AccessModel = DEFAULT_ACCESS,
): Element {
  const form = submitForm(FORM_NODE_CONFIG, {
    "pubsub#max_items": "max",
    "pubsub#notify_retract": "true",
    "pubsub#access_model": access,
    "pubsub#persist_items": "true",
  });
  const configure = xml("configure", { node: NODE_MICROBLOG }, form);
  return xml("iq", { type: "set" }, pubsub(NS_PUBSUB_OWNER, configure));
}

/** XEP-0060 §7.2: deletes one of our items and notifies followers. */
export function retractRequest(itemId: string): Element {
  const retract = xml(
    "retract",
    { node: NODE_MICROBLOG, notify: "true" },
    xml("item", { id: itemId }),
  );
  return xml("iq", { type: "set" }, pubsub(NS_PUBSUB, retract));
}

/**
 * XEP-0060 §7.1.2: the item id in a publish result. Returns undefined when
 * the server answered with an empty result, which it may do when the
 * client chose the id.
 */
export function parsePublishResult(iq: Element): string | undefined {
  return iq
    .getChild("pubsub", NS_PUBSUB)
    ?.getChild("publish", NS_PUBSUB)
    ?.getChild("item", NS_PUBSUB)?.attrs.id;
}

function pubsub(ns: string, ...children: (Element | undefined)[]): Element {
  return xml("pubsub", { xmlns: ns }, ...children);
}

function publishOptions(level: PublishOptions, access: AccessModel) {
  if (level === "none") return undefined;

  const options: Record<string, string> = {
    "pubsub#access_model": access,
    "pubsub#persist_items": "true",
  };
  if (level === "full") {
    options["pubsub#max_items"] = "max";
    options["pubsub#itemreply"] = "publisher";
  }
  return options;
}
