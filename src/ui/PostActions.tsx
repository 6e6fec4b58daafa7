import { useTimelineStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";

/** Deleting one of our own posts, at once: the post is ours to remove. */
export function PostActions({ postKey }: { postKey: string }) {
  const deletion = useTimelineStore((s) => s.deletions[postKey]);
  const deletePost = useTimelineStore((s) => s.deletePost);
  const deleting = deletion?.status === "deleting";

  return (
    <footer className="post-footer">
      {deletion?.status === "failed" && <ErrorAlert code={deletion.error} />}
      {deleting && <p className="post-state">Deleting…</p>}
      <button
        type="button"
        className="quiet"
        disabled={deleting}
        onClick={() => void deletePost(postKey)}
      >
        Delete
      </button>
    </footer>
  );
}
