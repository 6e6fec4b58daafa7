// The session's requests about who may read our posts: the access model
// of our microblog node and of every comments node of ours.
import type { Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { BareJid } from "../model";
import { log } from "../log";
import { commentsNodeOf, configureCommentsNodeRequest } from "./comments";
import { toPepperError } from "./errors";
import { configureNodeRequest } from "./microblog";
import {
  DEFAULT_ACCESS,
  nodeConfigRequest,
  ownNodesRequest,
  parseAccessModel,
  parseCommentsNodes,
  type AccessModel,
} from "./node-config";
import { NODE_MICROBLOG } from "./ns";
import type { PublishState } from "./publish";

export interface VisibilityMethods {
  /**
   * Our microblog node's access model as the server has it ("presence"
   * when there is no node yet, as Pepper would create it); any other
   * model (roster, whitelist) as written. Later posts keep to it.
   */
  fetchAccessModel(): Promise<string>;
  /**
   * Gives our microblog node and each of our comments nodes (those the
   * server lists, and those of `itemIds`) this access model; later posts
   * and their comments nodes are created with it. Rejects with the first
   * refusal, after trying every node.
   */
  setAccessModel(access: AccessModel, itemIds: string[]): Promise<void>;
}

export function visibilityMethods(
  xmpp: Client,
  jid: BareJid,
  state: PublishState,
): VisibilityMethods & { ready(): Promise<void> } {
  let known: Promise<string> | undefined;
  const read = () =>
    (known ??= fetchAccess(xmpp).then(
      (model) => {
        if (model === "open" || model === "presence") state.access = model;
        return model;
      },
      (error: unknown) => {
        known = undefined;
        throw toPepperError(error);
      },
    ));

  return {
    fetchAccessModel: read,
    // A post must not go out before we know the node's model: options
    // that disagree with it would be refused, then forced on the node.
    ready: () => read().then(ignore, ignore),

    async setAccessModel(access, itemIds) {
      await request(xmpp, configureNodeRequest(access)).catch(noNodeYet);
      state.access = access;
      known = Promise.resolve(access);

      const nodes = await commentsNodes(xmpp, jid, itemIds);
      const refusals: unknown[] = [];
      for (const node of nodes) {
        await request(xmpp, configureCommentsNodeRequest(node, access)).catch(
          (error: unknown) => {
            if (!missing(error)) refusals.push(error);
          },
        );
      }
      if (refusals.length > 0) throw toPepperError(refusals[0]);
    },
  };
}

async function fetchAccess(xmpp: Client): Promise<string> {
  try {
    const result = await request(xmpp, nodeConfigRequest(NODE_MICROBLOG));
    return parseAccessModel(result) ?? DEFAULT_ACCESS;
  } catch (error) {
    // XEP-0060 §8.2.3.5: no node yet; our first post creates it.
    if (missing(error)) return DEFAULT_ACCESS;
    throw error;
  }
}

/** Our comments nodes: those the server lists, and those of our posts. */
async function commentsNodes(
  xmpp: Client,
  jid: BareJid,
  itemIds: string[],
): Promise<Set<string>> {
  const nodes = new Set(itemIds.map((id) => commentsNodeOf(jid, id).node));
  try {
    const listed = parseCommentsNodes(
      await request(xmpp, ownNodesRequest(jid)),
    );
    for (const node of listed) nodes.add(node);
  } catch (error) {
    log.warn("xmpp", "cannot list our nodes", {
      code: toPepperError(error).code,
    });
  }
  return nodes;
}

/** A node that does not exist (yet) has nothing to reconfigure. */
function noNodeYet(error: unknown): void {
  if (!missing(error)) throw error;
}

function missing(error: unknown): boolean {
  return toPepperError(error).code === "item-not-found";
}

function request(xmpp: Client, stanza: Element): Promise<Element> {
  return xmpp.iqCaller.request(stanza);
}

const ignore = () => undefined;
