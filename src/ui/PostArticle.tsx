import { memo, useId } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { Post } from "../model";
import { Avatar } from "./Avatar";
import { PersonLink } from "./PersonLink";
import { PostActions } from "./PostActions";
import { PostBody } from "./PostBody";
import { PostConversation } from "./PostConversation";
import { PostImages } from "./PostImages";
import { PostTags } from "./PostTags";
import { PostTime } from "./PostTime";
import { RepostButton } from "./RepostButton";
import "./PostArticle.css";

/**
 * The Element Timing name of an author's name: when a post first shows,
 * as the bench reads it (scripts/bench/probe.js).
 */
const PAINT_TIMING_NAME = "post-author";

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
  const { t } = useTranslation();

  return (
    <article
      className="post"
      aria-labelledby={`${id}-author`}
      aria-posinset={position}
      aria-setsize={setSize}
    >
      <header className="post-header">
        <Avatar jid={post.publisher} name={name} />
        <PersonLink jid={post.publisher} elementtiming={PAINT_TIMING_NAME}>
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
        {isEdited(post) && (
          <span className="post-edited">{t("post.edited")}</span>
        )}
      </header>
      {post.repostOf && (
        <p className="post-repost" dir="auto">
          <Trans
            i18nKey="post.repostedFrom"
            values={{ author: post.repostOf.author }}
            components={{ author: <bdi dir="auto" /> }}
          />
        </p>
      )}
      {post.title && (
        <h3 className="post-title" dir="auto">
          {post.title}
        </h3>
      )}
      <PostBody body={post.body} lang={post.lang} />
      {post.images && <PostImages images={post.images} author={name} />}
      {post.tags && <PostTags tags={post.tags} />}
      {post.comments && <PostConversation post={post} />}
      {own ? (
        <PostActions post={post} />
      ) : (
        <footer className="post-footer">
          <RepostButton post={post} />
        </footer>
      )}
    </article>
  );
});

/**
 * Updated after it was published: an edit (same item id, RFC 4287
 * §4.2.15). A new entry carries equal dates (Pepper, Movim, Libervia).
 */
export function isEdited(post: Post): boolean {
  if (post.approximateTime) return false;
  return Date.parse(post.updated) > Date.parse(post.published);
}
