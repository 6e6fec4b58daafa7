// Who sees my posts: the access model of our microblog node, as the
// server has it. Never kept on this device: read at each login, so the
// composer says what is true even if another client changed it.
import { create } from "zustand";
import type { AccessModel } from "../xmpp";
import { errorCode } from "./errors";
import type { ErrorCode } from "./errors";
import { live } from "./live";
import { useTimelineStore } from "./timeline";

export type { AccessModel };

/** What the server says, once it has said it. */
export type Audience =
  | { readonly status: "unknown" }
  /** `model` as the node has it: "presence", "open", or another one. */
  | { readonly status: "known"; readonly model: string };

export type AudienceChange =
  | { readonly status: "idle" }
  | { readonly status: "saving"; readonly model: AccessModel }
  | { readonly status: "failed"; readonly error: ErrorCode };

interface VisibilityState {
  readonly audience: Audience;
  readonly change: AudienceChange;
  /** Asks the server (at login). */
  load(): Promise<void>;
  /** Reconfigures our microblog and comments nodes to `model`. */
  choose(model: AccessModel): Promise<void>;
  reset(): void;
}

const empty = {
  audience: { status: "unknown" },
  change: { status: "idle" },
} satisfies Partial<VisibilityState>;

export const useVisibilityStore = create<VisibilityState>()((set) => ({
  ...empty,

  async load() {
    const session = live.session;
    if (!session) return;
    try {
      const model = await session.fetchAccessModel();
      if (live.session === session) set({ audience: known(model) });
    } catch (error) {
      if (live.session !== session) return;
      set({ change: { status: "failed", error: errorCode(error) } });
    }
  },

  async choose(model) {
    const session = live.session;
    if (!session)
      return set({ change: { status: "failed", error: "offline" } });

    set({ change: { status: "saving", model } });
    try {
      await session.setAccessModel(model, ownItemIds(session.jid));
    } catch (error) {
      // The microblog node may have changed even if a comments node did
      // not: read back what is true now.
      set({ change: { status: "failed", error: errorCode(error) } });
      const now = await session.fetchAccessModel().catch(() => null);
      if (now !== null) set({ audience: known(now) });
      return;
    }
    set({ audience: known(model), change: { status: "idle" } });
  },

  reset() {
    set(empty);
  },
}));

function known(model: string): Audience {
  return { status: "known", model };
}

/** Our posts this device knows of, whose comments nodes change too. */
function ownItemIds(jid: string): string[] {
  return useTimelineStore
    .getState()
    .sorted.filter((post) => post.publisher === jid)
    .map((post) => post.itemId);
}
