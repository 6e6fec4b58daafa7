import type { BareJid, PostDraft } from "../model";

/** A post the user wrote that the server has not confirmed yet. */
export interface OutboxEntry {
  readonly draft: PostDraft;
  /** Why the last attempt failed (an ErrorCode), if one did. */
  readonly error?: string;
}

/** Which account to paint on start; no password is ever stored. */
export interface LastAccount {
  readonly jid: BareJid;
  readonly service?: string;
}

export interface OwnProfile {
  readonly nick?: string;
}

/** What this device knows of someone's avatar, to paint before login. */
export interface CachedAvatar {
  readonly jid: BareJid;
  /** The id (SHA-1) their metadata named; null when they have none. */
  readonly id: string | null;
  /** The image scaled small, as a data: URL; absent if not showable. */
  readonly url?: string;
}
