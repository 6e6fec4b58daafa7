import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Post } from "../model";
import { useOutboxStore } from "../store";

/**
 * Reposts someone's post as ours. Named "Share", since the accessibility
 * contract's "Post" button must stay the only one whose name holds "post". A failure shows in our outbox entry,
 * like any post of ours, with its Retry.
 */
export function RepostButton({ post }: { post: Post }) {
  const repostPost = useOutboxStore((s) => s.repostPost);
  const [done, setDone] = useState(false);
  const { t } = useTranslation();

  async function repost() {
    setDone(true);
    const result = await repostPost(post);
    if (!result.ok) setDone(false);
  }

  return (
    <button
      type="button"
      className="quiet"
      disabled={done}
      onClick={() => void repost()}
    >
      {done ? t("post.shared") : t("post.share")}
    </button>
  );
}
