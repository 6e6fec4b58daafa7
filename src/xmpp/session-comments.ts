// The session's requests about comments and likes (XEP-0277 §4).
import type { Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { BareJid, Comment, NodeRef, PostDraft } from "../model";
import { log } from "../log";
import { PepperError } from "./api";
import {
  commentsRequest,
  createCommentsNodeRequest,
  parseComments,
  publishCommentRequest,
  readComment,
  retractCommentRequest,
  subscribeCommentsRequest,
} from "./comments";
import { toPepperError } from "./errors";
import type { AccessModel } from "./node-config";
import { tooBig } from "./publish";

/**
 * A comments node may sit on a remote service that never answers; the
 * post must not wait on it for long (fixture case-18).
 */
const COMMENTS_TIMEOUT = 10_000;

export interface CommentMethods {
  /** All comments and likes of a node, oldest first; [] when none. */
  fetchComments(ref: NodeRef): Promise<Comment[]>;
  /** Publishes a comment or a like; resolves with it as we wrote it. */
  publishComment(ref: NodeRef, draft: PostDraft): Promise<Comment>;
  /** Retracts one of our comments or likes. */
  retractComment(ref: NodeRef, itemId: string): Promise<void>;
}

export function commentMethods(
  xmpp: Client,
  jid: BareJid,
  /** Our display name, looked up once (XEP-0172) when first needed. */
  authorName: () => Promise<string>,
): CommentMethods {
  return {
    async fetchComments(ref) {
      try {
        const result = await request(xmpp, commentsRequest(ref));
        return parseComments(result, new Date());
      } catch (error) {
        // XEP-0060 §6.5.9.11: a node nobody has created has no comments.
        if (toPepperError(error).code === "item-not-found") return [];
        throw toPepperError(error);
      }
    },

    async publishComment(ref, draft) {
      const stanza = publishCommentRequest(ref, draft, {
        publisher: jid,
        authorName: await authorName(),
      });
      if (tooBig(stanza)) throw new PepperError("payload-too-big");
      await request(xmpp, stanza).catch((error: unknown) => {
        throw toPepperError(error);
      });

      // Read back what we sent, stamped as the service stamps it.
      const item = stanza
        .getChild("pubsub")
        ?.getChild("publish")
        ?.getChild("item");
      if (item) item.attrs.publisher = jid;
      const [comment] = item ? readComment(item, new Date()) : [];
      if (!comment) throw new PepperError("unknown", "own comment unreadable");
      return comment;
    },

    async retractComment(ref, itemId) {
      await request(xmpp, retractCommentRequest(ref, itemId)).catch(
        (error: unknown) => {
          throw toPepperError(error);
        },
      );
    },
  };
}

function request(xmpp: Client, stanza: Element): Promise<Element> {
  return xmpp.iqCaller.request(stanza, COMMENTS_TIMEOUT);
}

/**
 * Creates the comments node of one of our posts, with the post's access
 * model, before the post names it, and subscribes us to it.
 * A node that exists already (an edit, a retry) is fine; any other
 * refusal is logged and the post goes out anyway, its readers seeing
 * "no comments yet".
 */
export async function ensureCommentsNode(
  xmpp: Client,
  ref: NodeRef,
  access: AccessModel,
  owner: BareJid,
): Promise<void> {
  try {
    await request(xmpp, createCommentsNodeRequest(ref, access));
  } catch (error) {
    const code = toPepperError(error).code;
    if (code !== "conflict") {
      log.warn("xmpp", "could not create a comments node", { code });
      return;
    }
  }
  // Comments and likes then reach us as they come; without it they show
  // at the next read of the thread. The post need not wait for it.
  void request(xmpp, subscribeCommentsRequest(ref, owner)).catch(
    (error: unknown) => {
      const { code } = toPepperError(error);
      log.warn("xmpp", "could not follow a comments node", { code });
    },
  );
}
