// XEP-0059 Result Set Management on microblog items: reading the set a
// server attaches, and asking for the page after it.
import xml, { type Element } from "@xmpp/xml";
import type { BareJid } from "../model";
import { NODE_MICROBLOG, NS_PUBSUB, NS_RSM } from "./ns";

/** XEP-0059 §2.6: what a result's `<set/>` says about the whole list. */
export interface ResultSet {
  /** The number of items in the whole list, when the server says. */
  readonly count?: number;
  /** Position of the first item of this page in the whole list. */
  readonly firstIndex?: number;
  readonly first?: string;
  /** Id of the last item of this page: where the next page starts. */
  readonly last?: string;
}

/**
 * Reads the `<set/>` of a pubsub result. Returns undefined when there is
 * none; unreadable numbers are left out rather than guessed.
 */
export function parseResultSet(iq: Element): ResultSet | undefined {
  const set = iq.getChild("pubsub", NS_PUBSUB)?.getChild("set", NS_RSM);
  if (!set) return undefined;

  const first = set.getChild("first", NS_RSM);
  const count = natural(set.getChildText("count", NS_RSM));
  const firstIndex = natural(first?.attrs.index ?? null);
  const firstId = first?.getText().trim();
  const last = set.getChildText("last", NS_RSM)?.trim();
  return {
    ...(count === undefined ? {} : { count }),
    ...(firstIndex === undefined ? {} : { firstIndex }),
    ...(firstId ? { first: firstId } : {}),
    ...(last ? { last } : {}),
  };
}

/**
 * XEP-0059 §2.2 as XEP-0060 §6.5.4 uses it: the `max` items of `owner`'s
 * microblog node that come after the item `after` (fixture case-12).
 */
export function olderItemsRequest(
  owner: BareJid,
  max: number,
  after: string,
): Element {
  const set = xml(
    "set",
    { xmlns: NS_RSM },
    xml("max", {}, String(max)),
    xml("after", {}, after),
  );
  return xml(
    "iq",
    { type: "get", to: owner },
    xml(
      "pubsub",
      { xmlns: NS_PUBSUB },
      xml("items", { node: NODE_MICROBLOG }),
      set,
    ),
  );
}

function natural(text: string | null | undefined): number | undefined {
  const value = text?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}
