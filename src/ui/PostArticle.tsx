import { memo, useId } from "react";
import type { Post } from "../model";
import { PersonLink } from "./PersonLink";
import { PostActions } from "./PostActions";
import { PostBody } from "./PostBody";
import { PostTime } from "./PostTime";
import "./PostArticle.css";

interface Props {
  readonly post: Post;
  readonly own: boolean;
  readonly position: number;
  readonly setSize: number;
}

/**
 * One post in the feed, named after its author. The name is display only
 * (case-04): the JID beside it is who really published the post.
 */
export const PostArticle = memo(function PostArticle(props: Props) {
  const { post, own, position, setSize } = props;
  const id = useId();
  const name = post.authorName?.trim() || post.publisher;

  return (
    <article
      className="post"
      aria-labelledby={`${id}-author`}
      aria-posinset={position}
      aria-setsize={setSize}
    >
      <header className="post-header">
        <PersonLink jid={post.publisher}>
          <bdi id={`${id}-author`} className="post-author" dir="auto">
            {name}
          </bdi>
        </PersonLink>
        {name !== post.publisher && (
          <bdi className="post-jid" dir="auto">
            {post.publisher}
          </bdi>
        )}
        <PostTime iso={post.published} approximate={post.approximateTime} />
      </header>
      {post.title && (
        <h3 className="post-title" dir="auto">
          {post.title}
        </h3>
      )}
      <PostBody body={post.body} />
      {own && <PostActions postKey={post.key} />}
    </article>
  );
});
