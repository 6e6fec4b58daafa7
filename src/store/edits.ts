// Editing one of our own posts: the same item published again (XEP-0060
// §7.1.2 replaces it for every reader), first publication date kept.
import { create } from "zustand";
import { editDraft, type Post } from "../model";
import { errorCode, type ErrorCode } from "./errors";
import { live } from "./live";
import { useTimelineStore } from "./timeline";

/** An edit on its way, or one the server refused (its text kept). */
export type Edit =
  | { readonly status: "saving" }
  | { readonly status: "failed"; readonly error: ErrorCode };

export interface EditState {
  readonly edits: Readonly<Record<string, Edit>>;
  /** Resolves true once the edited post is stored and shown. */
  editPost(post: Post, text: string): Promise<boolean>;
  reset(): void;
}

export const useEditStore = create<EditState>()((set, get) => ({
  edits: {},

  async editPost(post, text) {
    const session = live.session;
    if (!session) return failed(post.key, "offline");

    setEdit(post.key, { status: "saving" });
    let edited: Post;
    try {
      edited = await session.publish(editDraft(post, text));
    } catch (error) {
      return failed(post.key, errorCode(error));
    }
    setEdit(post.key, null);
    useTimelineStore.getState().receivePosts([edited]);
    return true;
  },

  reset() {
    if (Object.keys(get().edits).length > 0) set({ edits: {} });
  },
}));

function failed(key: string, error: ErrorCode): false {
  setEdit(key, { status: "failed", error });
  return false;
}

function setEdit(key: string, edit: Edit | null): void {
  const edits = { ...useEditStore.getState().edits };
  delete edits[key];
  if (edit) edits[key] = edit;
  useEditStore.setState({ edits });
}
