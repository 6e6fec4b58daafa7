import { deleteAccountCache, forgetLastAccount } from "../cache";
import { log } from "../log";
import type { BareJid } from "../model";
import { useAvatarStore } from "./avatars";
import { useCommentsStore } from "./comments";
import { useEditStore } from "./edits";
import { errorCode } from "./errors";
import { useFollowStore } from "./followList";
import { useOutboxStore } from "./outbox";
import { useProfileStore } from "./profile";
import { useRosterStore } from "./roster";
import { useTagFilterStore } from "./tagFilter";
import { useSearchStore } from "./search";
import { useTimelineStore } from "./timeline";
import { useVisibilityStore } from "./visibility";

/** Empties every domain store: the screen no longer shows an account. */
export function resetStores(): void {
  useRosterStore.getState().reset();
  useTimelineStore.getState().reset();
  useOutboxStore.getState().reset();
  useTagFilterStore.getState().clearTag();
  useCommentsStore.getState().reset();
  useEditStore.getState().reset();
  useSearchStore.getState().reset();
  useProfileStore.getState().reset();
  useAvatarStore.getState().reset();
  useFollowStore.getState().reset();
  useVisibilityStore.getState().reset();
}

/** Deletes what this device knows of the account, the cache first. */
export async function forgetAccount(jid: BareJid): Promise<void> {
  try {
    await deleteAccountCache(jid);
  } catch (error) {
    log.warn("cache", "cannot delete the account cache", {
      code: errorCode(error, "storage"),
    });
  }
  try {
    await forgetLastAccount();
  } catch (error) {
    log.warn("cache", "cannot forget the last account", { error });
  }
}
