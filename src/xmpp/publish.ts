// Publishing a microblog entry so that it is kept, whatever the server
// thinks of publish-options (XEP-0060 §7.1.5, XEP-0223).
import type { Client } from "@xmpp/client";
import type { PostDraft } from "../model";
import type { WriteContext } from "./atom-build";
import { PepperError } from "./api";
import { toPepperError } from "./errors";
import { log } from "../log";
import { DEFAULT_ACCESS, type AccessModel } from "./node-config";
import {
  configureNodeRequest,
  parsePublishResult,
  publishRequest,
} from "./microblog";

type Options = "full" | "no-max-items" | "none";

/**
 * The largest publish we send, in UTF-8 bytes of the serialised iq. Far
 * below the usual server limits (Prosody's c2s_stanza_size_limit is 256
 * KiB), so an over-long post is refused here, at once and by us, rather
 * than by a server that answers late or ends the stream (case-11).
 */
export const MAX_PUBLISH_BYTES = 64 * 1024;

/** Conditions that mean "not with these options", not "not at all". */
const OPTIONS_REFUSED = new Set([
  "precondition-not-met",
  "conflict",
  "resource-constraint",
  "not-acceptable",
  "bad-request",
  "invalid-options",
  "policy-violation",
]);

/** What this session learnt about the server's publish-options. */
export interface PublishState {
  /** The fullest set of options the server has accepted so far. */
  options: Options;
  /** Whether we have configured the node as its owner already. */
  configured: boolean;
  /**
   * Who may read our posts, as the node says (read at login) or as the
   * person last chose: publish-options must agree with the node, or a
   * server refuses them (XEP-0060 §7.1.5) and the fallback below would
   * configure the node back.
   */
  access: AccessModel;
}

const LADDER: readonly Options[] = ["full", "no-max-items", "none"];

export function newPublishState(): PublishState {
  return { options: "full", configured: false, access: DEFAULT_ACCESS };
}

/**
 * Publishes the draft as an item of our microblog node. Resolves with the
 * item id the server stored. When the server refuses our publish-options
 * (ejabberd 23.01 knows only access_model and persist_items; a node made
 * by another client answers precondition-not-met), it publishes with
 * fewer options and configures the node as its owner instead, so the post
 * is never dropped. Rejects with the PepperError of the last attempt.
 */
export async function publishDraft(
  xmpp: Client,
  draft: PostDraft,
  ctx: WriteContext,
  state: PublishState,
): Promise<string> {
  let refused: PepperError | undefined;
  const access = state.access;
  if (tooBig(publishRequest(draft, { ...ctx, options: "full", access }))) {
    throw new PepperError("payload-too-big", "post over the size limit");
  }

  for (const options of LADDER.slice(LADDER.indexOf(state.options))) {
    if (options === "none") await configureOnce(xmpp, state);
    try {
      const id = await request(
        xmpp,
        publishRequest(draft, { ...ctx, options, access }),
      );
      state.options = options;
      if (options !== "full") await configureOnce(xmpp, state);
      return id;
    } catch (error) {
      refused = refusedOptions(error as PepperError);
    }
  }
  throw refused;
}

async function request(
  xmpp: Client,
  stanza: ReturnType<typeof publishRequest>,
): Promise<string> {
  const id = stanza.getChild("pubsub")?.getChild("publish")?.getChild("item")
    ?.attrs.id;
  try {
    const result = await xmpp.iqCaller.request(stanza);
    return parsePublishResult(result) ?? id ?? "";
  } catch (error) {
    throw toPepperError(error);
  }
}

function refusedOptions(error: PepperError): PepperError {
  if (OPTIONS_REFUSED.has(error.code)) return error;
  throw error;
}

async function configureOnce(xmpp: Client, state: PublishState) {
  if (state.configured) return;
  state.configured = true;
  try {
    await xmpp.iqCaller.request(configureNodeRequest(state.access));
  } catch (error) {
    // The post is what matters; a node that keeps fewer items is logged,
    // and the publish that follows still goes ahead.
    log.warn("xmpp", "could not configure the microblog node", {
      error: toPepperError(error).code,
    });
  }
}

/** Whether a stanza is over MAX_PUBLISH_BYTES once serialised. */
export function tooBig(stanza: { toString(): string }): boolean {
  return new TextEncoder().encode(stanza.toString()).length > MAX_PUBLISH_BYTES;
}
