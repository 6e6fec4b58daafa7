import { useTranslation } from "react-i18next";
import type { Comment } from "../model";
import { PostBody } from "./PostBody";
import { PostTime } from "./PostTime";

/**
 * A thread, oldest first. Each comment is named by who published it; a
 * name the service did not vouch for is marked (case-02).
 */
export function CommentList({ comments }: { comments: readonly Comment[] }) {
  const { t } = useTranslation();
  if (comments.length === 0) return null;
  return (
    <ul className="comment-list" aria-label={t("comments.list")}>
      {comments.map((comment) => (
        <li key={comment.itemId} className="comment">
          <header className="post-header">
            <bdi className="post-author" dir="auto">
              {comment.authorName?.trim() ||
                comment.author ||
                t("comments.someone")}
            </bdi>
            {comment.author && comment.authorName && (
              <bdi className="post-jid" dir="auto">
                {comment.author}
              </bdi>
            )}
            {!comment.verified && (
              <span className="comment-unverified">
                {t("comments.unverified")}
              </span>
            )}
            <PostTime iso={comment.published} approximate={false} />
          </header>
          <PostBody body={comment.body} />
        </li>
      ))}
    </ul>
  );
}
