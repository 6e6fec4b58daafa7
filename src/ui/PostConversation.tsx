import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Post } from "../model";
import { useCommentsStore, useSessionStore } from "../store";
import { CommentForm } from "./CommentForm";
import { CommentList } from "./CommentList";
import { LikeButton } from "./LikeButton";
import { errorText } from "./errorText";

/**
 * What people say about a post: likes as a count with who liked, and the
 * comments thread behind a disclosure. Loads once per post, never blocks
 * it, and never retries by itself (case-18).
 */
export function PostConversation({ post }: { post: Post }) {
  const thread = useCommentsStore((s) => s.threads[post.key]);
  const loadThread = useCommentsStore((s) => s.loadThread);
  const me = useSessionStore((s) => s.account?.jid);
  const [open, setOpen] = useState(false);
  const { t } = useTranslation();

  // A post painted from the cache waits for the session: the thread loads
  // once it is online.
  const online = useSessionStore((s) => s.connection.status === "online");
  useEffect(() => {
    if (online) void loadThread(post);
  }, [loadThread, post, online]);

  const comments = thread?.comments.filter((c) => !c.like) ?? [];
  const likes = thread?.comments.filter((c) => c.like) ?? [];

  return (
    <section className="post-conversation" aria-label={t("comments.region")}>
      <div className="post-footer">
        <LikeButton post={post} likes={likes} me={me} />
        <button
          type="button"
          className="quiet"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {t("comments.count", { count: comments.length })}
        </button>
      </div>
      {thread?.status === "failed" && (
        <p className="post-state" dir="auto">
          {t("comments.unavailable")} {errorText(t, thread.error)}{" "}
          <button type="button" onClick={() => void loadThread(post, true)}>
            {t("comments.retry")}
          </button>
        </p>
      )}
      {open && (
        <>
          {thread?.status === "loading" && (
            <p className="post-state">{t("comments.loading")}</p>
          )}
          {thread?.status === "loaded" && comments.length === 0 && (
            <p className="post-state">{t("comments.none")}</p>
          )}
          <CommentList comments={comments} />
          <CommentForm post={post} />
        </>
      )}
    </section>
  );
}
