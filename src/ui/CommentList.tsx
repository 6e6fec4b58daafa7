import type { Comment } from "../model";
import { PostBody } from "./PostBody";
import { PostTime } from "./PostTime";

/**
 * A thread, oldest first. Each comment is named by who published it; a
 * name the service did not vouch for is marked (case-02).
 */
export function CommentList({ comments }: { comments: readonly Comment[] }) {
  if (comments.length === 0) return null;
  return (
    <ul className="comment-list" aria-label="Comments">
      {comments.map((comment) => (
        <li key={comment.itemId} className="comment">
          <header className="post-header">
            <bdi className="post-author" dir="auto">
              {comment.authorName?.trim() || comment.author || "Someone"}
            </bdi>
            {comment.author && comment.authorName && (
              <bdi className="post-jid" dir="auto">
                {comment.author}
              </bdi>
            )}
            {!comment.verified && (
              <span className="comment-unverified">unverified</span>
            )}
            <PostTime iso={comment.published} approximate={false} />
          </header>
          <PostBody body={comment.body} />
        </li>
      ))}
    </ul>
  );
}
