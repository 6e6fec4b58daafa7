import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { BareJid, Comment, Post } from "../model";
import { useCommentsStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";

interface Props {
  readonly post: Post;
  readonly likes: readonly Comment[];
  readonly me: BareJid | undefined;
}

/** Like and unlike; the count says who liked, one like per person. */
export function LikeButton({ post, likes, me }: Props) {
  const toggleLike = useCommentsStore((s) => s.toggleLike);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const people = likers(likes);
  const liked = me !== undefined && people.includes(me);
  const { t } = useTranslation();

  async function toggle() {
    setBusy(true);
    const result = await toggleLike(post);
    setBusy(false);
    setError(result.ok ? null : result.error);
  }

  return (
    <>
      {error && <ErrorAlert code={error} />}
      {people.length > 0 && (
        <p className="post-likes" dir="auto">
          {t("post.likes", { count: people.length })}{" "}
          <span className="post-likers">
            (<bdi dir="auto">{people.join(", ")}</bdi>)
          </span>
        </p>
      )}
      <button
        type="button"
        className="quiet"
        aria-pressed={liked}
        disabled={busy}
        onClick={() => void toggle()}
      >
        {t("post.like")}
      </button>
    </>
  );
}

/** Everyone who liked, once each, whatever they sent twice. */
function likers(likes: readonly Comment[]): string[] {
  const names = likes.map((like) => like.author ?? like.authorName ?? "");
  return [...new Set(names.filter((name) => name !== ""))];
}
