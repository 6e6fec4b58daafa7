import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Post } from "../model";
import { useTimelineStore } from "../store";
import { EditForm } from "./EditForm";
import { ErrorAlert } from "./ErrorAlert";

/** Editing and deleting one of our own posts. */
export function PostActions({ post }: { post: Post }) {
  const deletion = useTimelineStore((s) => s.deletions[post.key]);
  const deletePost = useTimelineStore((s) => s.deletePost);
  const [editing, setEditing] = useState(false);
  const deleting = deletion?.status === "deleting";
  const { t } = useTranslation();

  if (editing) return <EditForm post={post} onDone={() => setEditing(false)} />;
  return (
    <footer className="post-footer">
      {deletion?.status === "failed" && <ErrorAlert code={deletion.error} />}
      {deleting && <p className="post-state">{t("post.deleting")}</p>}
      <button type="button" className="quiet" onClick={() => setEditing(true)}>
        {t("post.edit")}
      </button>
      <button
        type="button"
        className="quiet"
        disabled={deleting}
        onClick={() => void deletePost(post.key)}
      >
        {t("post.delete")}
      </button>
    </footer>
  );
}
