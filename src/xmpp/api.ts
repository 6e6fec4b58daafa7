// The protocol layer's public surface: what stores may call and receive.
// Everything here is typed records; no ltx element crosses this line.
import type { ScramKeys } from "./scram-mechanism";
import type {
  AvatarImage,
  AvatarInfo,
  Availability,
  BareJid,
  Comment,
  NodeRef,
  Post,
  PostDraft,
  PostImage,
  Subscription,
  VcardBasics,
} from "../model";
import type { CommentMethods } from "./session-comments";
import type { FollowMethods } from "./session-follow";
import type { VisibilityMethods } from "./session-visibility";
import type { UploadService } from "./upload";

/**
 * Where and as whom to log in: with the password, or (password "") with
 * the SCRAM keys an earlier login gave. The session keeps neither.
 */
export interface LoginOptions {
  readonly jid: BareJid;
  readonly password: string;
  readonly keys?: ScramKeys;
  /**
   * ws:// or wss:// URL, or several separated by spaces or commas, tried
   * in order; found with XEP-0156 when absent.
   */
  readonly service?: string;
  /** Redirects (see-other-uri) already followed to reach `service`. */
  readonly redirects?: number;
}

/**
 * A roster kept from an earlier session with its version (XEP-0237), so
 * that a server with nothing new to say can answer "unchanged".
 */
export interface CachedRoster {
  readonly ver: string;
  readonly items: readonly RosterItem[];
}

/** A roster item as RFC 6121 §2.1 describes it. */
export interface RosterItem {
  readonly jid: BareJid;
  readonly name?: string;
  readonly subscription: Subscription;
  /** `ask="subscribe"`: our request is pending. */
  readonly pending: boolean;
}

/**
 * Callbacks a session fires. Each fires on the stanza that causes it; none
 * fires after `logout()` settles, or after `onDisconnected` unless
 * `resume()` then resolves true.
 */
export interface SessionHandlers {
  /**
   * A roster push (RFC 6121 §2.1.6): an item added or changed, and the
   * roster's version after it (XEP-0237 §2.5) if the server keeps them.
   */
  onRosterItem(item: RosterItem, ver?: string): void;
  /** A roster push with `subscription="remove"`, likewise. */
  onRosterRemove(jid: BareJid, ver?: string): void;
  /** A contact's best resource changed availability. */
  onPresence(jid: BareJid, availability: Availability): void;
  /** Someone asks to see our presence (and posts). */
  onSubscriptionRequest(jid: BareJid): void;
  /** New or edited posts from a `+notify` event; duplicates are possible. */
  onPosts(posts: Post[]): void;
  /** A retract event: the item is gone from the publisher's node. */
  onRetract(publisher: BareJid, itemId: string): void;
  /**
   * A metadata notification (XEP-0084 §4.3): the publisher's avatar is
   * now `info`, or none (null). Newer than any fetch made before it.
   */
  onAvatar(publisher: BareJid, info: AvatarInfo | null): void;
  /** A purge or delete of the publisher's node: all their posts are gone. */
  onFeedPurged(publisher: BareJid): void;
  /**
   * Comments or likes added to, or taken back from, a comments node we
   * are subscribed to (our own posts'); duplicates are possible.
   */
  onComments(ref: NodeRef, comments: Comment[], retracted: string[]): void;
  /** The connection ended without `logout()`. */
  onDisconnected(error: PepperError): void;
}

/** One page of a feed, newest first. */
export interface FeedPage {
  readonly posts: Post[];
  /** False when the server said there are more (RSM) or capped the answer. */
  readonly complete: boolean;
}

/** A logged-in session. Every method rejects with a PepperError. */
export interface Session
  extends CommentMethods, FollowMethods, VisibilityMethods {
  /** Our own bare JID, as the server bound it. */
  readonly jid: BareJid;
  /** The WebSocket URL in use (given or discovered). */
  readonly service: string;
  /**
   * The roster: as fetched at login (or the cached one, when the server
   * said it stands), with every push since applied.
   */
  readonly roster: RosterItem[];
  /**
   * Its version (XEP-0237), to keep with it; null when the server keeps
   * no versions.
   */
  readonly rosterVer: string | null;
  /**
   * Sends our first presence, with the caps that ask for microblog events
   * (XEP-0115 §4, XEP-0163 §4). Until then the server sends us no events
   * and no contact's presence. Resolves once it is written to the socket.
   */
  announce(): Promise<void>;
  /**
   * What SCRAM needs to log in again without the password (RFC 5802 §3),
   * when this login used SCRAM; never the password itself.
   */
  readonly keys?: ScramKeys | undefined;
  /** Fetches the newest `max` items of a microblog node (default 20). */
  fetchFeed(owner: BareJid, max?: number): Promise<FeedPage>;
  /**
   * Publishes an entry (a new post, a repost or an edit under the same
   * item id) with its comments node; resolves with the post as stored.
   */
  publish(draft: PostDraft): Promise<Post>;
  /** Retracts one of our own items with notify="true". */
  retract(itemId: string): Promise<void>;
  /** Sends subscribe and subscribed (following is mutual). */
  addContact(jid: BareJid): Promise<void>;
  acceptSubscription(jid: BareJid): Promise<void>;
  declineSubscription(jid: BareJid): Promise<void>;
  /**
   * After `onDisconnected`: reconnects and resumes the stream (XEP-0198 §5)
   * with the same login. Resolves true when the server resumed it: the
   * session is live again, requests in flight get their answers, and
   * handlers fire as before. Resolves false when there is nothing to
   * resume (no XEP-0198, or the server dropped the session): the session
   * is closed for good and a new one must be made. Rejects with a
   * PepperError ("unreachable", "timeout") when the server cannot be
   * reached; then it may be tried again later.
   */
  resume(): Promise<boolean>;
  /** The XEP-0172 nick owner published; undefined when there is none. */
  fetchNick(owner: BareJid): Promise<string | undefined>;
  /** Publishes our nick; later posts carry it as their author's name. */
  setNick(nick: string): Promise<void>;
  /**
   * Owner's current avatar (max_items="1"), null when disabled, undefined
   * when never published or not shared with us.
   */
  fetchAvatar(owner: BareJid): Promise<AvatarInfo | null | undefined>;
  /**
   * The image bytes of `info`, only if their SHA-1 is its id; undefined
   * when missing or not matching (the bytes are then discarded).
   */
  fetchAvatarData(
    owner: BareJid,
    info: AvatarInfo,
  ): Promise<Uint8Array | undefined>;
  /**
   * Publishes the image's data, then its metadata, readable by those who
   * see our presence. On a refusal the metadata keeps our old avatar.
   */
  publishAvatar(image: AvatarImage): Promise<AvatarInfo>;
  /** Owner's vCard4 basics (XEP-0292); undefined when there are none. */
  fetchVcard(owner: BareJid): Promise<VcardBasics | undefined>;
  /** Sets our vCard's full name and note, keeping its other fields. */
  setVcard(basics: Pick<VcardBasics, "fn" | "note">): Promise<void>;
  /**
   * XEP-0363: our server's upload service and its size limit, looked for
   * once; resolves with undefined when the server has none.
   */
  findUploadService(): Promise<UploadService | undefined>;
  /**
   * Uploads a picture (XEP-0363 slot, then HTTP PUT) and resolves with
   * the enclosure to publish. Rejects with a PepperError:
   * "file-too-large" (over the service's limit, checked before sending),
   * "no-upload-service", "upload-failed", "unreachable", or a stanza
   * error's condition.
   */
  uploadPicture(file: File): Promise<PostImage>;
  /** Ends the stream; resolves once the socket is closed. */
  logout(): Promise<void>;
}

/**
 * What went wrong, as a code the UI maps to words in one place. Stanza
 * errors keep their RFC 6120 §8.3.3 condition as the code.
 */
export type ErrorCode =
  | "invalid-jid"
  | "not-authorized"
  | "no-endpoint"
  | "invalid-service"
  | "unreachable"
  | "not-xmpp"
  | "old-framing"
  | "no-answer"
  | "ws-subprotocol"
  | "connection-lost"
  | "timeout"
  | "no-mechanism"
  | "storage"
  | "quota"
  | "password-needed"
  | "file-too-large"
  | "upload-failed"
  | "no-upload-service"
  | (string & {});

export class PepperError extends Error {
  readonly code: ErrorCode;
  /** RFC 6120 error type (cancel, auth, modify, wait), for stanza errors. */
  readonly type: string | undefined;
  /**
   * Where the server sent us with see-other-uri (RFC 7395 §3.6.1), once
   * checked as safe to follow (endpoints.ts redirectTarget).
   */
  readonly redirect: string | undefined;
  constructor(
    code: ErrorCode,
    message?: string,
    type?: string,
    redirect?: string,
  ) {
    super(message ?? code);
    this.name = "PepperError";
    this.code = code;
    this.type = type;
    this.redirect = redirect;
  }
}
