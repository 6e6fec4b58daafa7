// Avatars (XEP-0084): everyone's, scaled small and cached, and our own.
// What is shown for a person is an image or, failing that, their initials.
import { create } from "zustand";
import type { CachedAvatar } from "../cache";
import { dataUrl, scaledPng, SHOWN_SIZE, UPLOAD_SIZE } from "../image";
import { log } from "../log";
import type { AvatarInfo, BareJid } from "../model";
import { errorCode } from "./errors";
import type { ErrorCode } from "./errors";
import { live } from "./live";

/** A person's avatar: its id (null: none), and the image if showable. */
export interface AvatarView {
  readonly id: string | null;
  readonly url?: string;
}

export type AvatarSave =
  | { readonly status: "idle" }
  | { readonly status: "saving" }
  | { readonly status: "saved" }
  | { readonly status: "failed"; readonly error: ErrorCode };

interface AvatarState {
  readonly avatars: Readonly<Record<BareJid, AvatarView>>;
  /** How setting our own picture went. */
  readonly save: AvatarSave;
  showCached(avatars: readonly CachedAvatar[]): void;
  /** Asks for jid's avatar once per session, unless events told us. */
  want(jid: BareJid): void;
  /**
   * What a notification ("event") or a fetch said. A fetch answered after
   * a notification is older than it and is dropped (case-29).
   */
  receive(
    jid: BareJid,
    info: AvatarInfo | null,
    source: "event" | "fetch",
  ): Promise<void>;
  setOwnAvatar(picture: Blob): Promise<void>;
  reset(): void;
}

/** Per session: who was asked or notified, and the id each wants. */
const session = {
  generation: -1,
  asked: new Set<BareJid>(),
  notified: new Set<BareJid>(),
  wanted: new Map<BareJid, string | null>(),
};

function current() {
  if (session.generation !== live.generation) {
    session.generation = live.generation;
    session.asked.clear();
    session.notified.clear();
    session.wanted.clear();
  }
  return session;
}

export const useAvatarStore = create<AvatarState>()((set, get) => {
  function show(jid: BareJid, view: AvatarView): void {
    set({ avatars: { ...get().avatars, [jid]: view } });
    live.cache?.putAvatar({ jid, ...view }).catch(() => {
      // Logged by the cache; the avatar is still shown this session.
    });
  }

  return {
    avatars: {},
    save: { status: "idle" },

    showCached(avatars) {
      const known = { ...get().avatars };
      for (const { jid, ...view } of avatars) known[jid] ??= view;
      set({ avatars: known });
    },

    want(jid) {
      const state = current();
      const connected = live.session;
      if (!connected || state.asked.has(jid) || state.notified.has(jid)) {
        return;
      }
      state.asked.add(jid);
      connected.fetchAvatar(jid).then(
        (info) => get().receive(jid, info ?? null, "fetch"),
        (error: unknown) =>
          log.debug("store", "avatar metadata not read", {
            jid,
            code: errorCode(error),
          }),
      );
    },

    async receive(jid, info, source) {
      const state = current();
      if (source === "fetch" && state.notified.has(jid)) return;
      if (source === "event") state.notified.add(jid);
      state.wanted.set(jid, info?.id ?? null);
      if (!info) return show(jid, { id: null });
      if (get().avatars[jid]?.id === info.id) return;

      const url = await fetchImage(jid, info);
      if (url === "retry later") return;
      if (current() !== state || state.wanted.get(jid) !== info.id) return;
      show(jid, url ? { id: info.id, url } : { id: info.id });
    },

    async setOwnAvatar(picture) {
      const connected = live.session;
      if (!connected) return set({ save: failed("offline") });

      set({ save: { status: "saving" } });
      const upload = await scaledPng(picture, UPLOAD_SIZE).catch(() => null);
      if (!upload) return set({ save: failed("picture-unreadable") });
      let info: AvatarInfo;
      try {
        info = await connected.publishAvatar(upload);
      } catch (error) {
        return set({ save: failed(uploadError(errorCode(error))) });
      }

      const small = await scaledPng(
        new Blob([toBuffer(upload.bytes)], { type: upload.type }),
        SHOWN_SIZE,
      ).catch(() => null);
      current().wanted.set(connected.jid, info.id);
      show(
        connected.jid,
        small ? { id: info.id, url: dataUrl(small) } : { id: info.id },
      );
      set({ save: { status: "saved" } });
    },

    reset() {
      session.generation = -1;
      set({ avatars: {}, save: { status: "idle" } });
    },
  };
});

/**
 * The avatar's image as a small data: URL, or undefined when it cannot be
 * shown: bytes that do not match the id (discarded, case-29 step 4) or a
 * type this browser cannot decode. Either is final for that id: no retry,
 * and nothing on the console. "retry later" when the server did not
 * answer, so that the next session asks again.
 */
async function fetchImage(
  jid: BareJid,
  info: AvatarInfo,
): Promise<string | undefined | "retry later"> {
  const connected = live.session;
  if (!connected) return "retry later";
  let bytes: Uint8Array | undefined;
  try {
    bytes = await connected.fetchAvatarData(jid, info);
  } catch {
    // A timeout or a lost link says nothing of the avatar itself.
    return "retry later";
  }
  if (!bytes) return undefined;

  const blob = new Blob([toBuffer(bytes)], { type: info.type });
  const image = await scaledPng(blob, SHOWN_SIZE).catch(() => undefined);
  return image && dataUrl(image);
}

function toBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

/** case-29 step 5: the server's reason, in words about a picture. */
function uploadError(code: ErrorCode): ErrorCode {
  return code === "payload-too-big" ? "picture-too-big" : code;
}

function failed(error: ErrorCode): AvatarSave {
  return { status: "failed", error };
}
