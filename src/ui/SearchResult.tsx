import { memo } from "react";
import type { Post } from "../model";
import { PersonLink } from "./PersonLink";
import { PostTime } from "./PostTime";

/** Characters of the body shown in a result; the rest is in the feed. */
const EXCERPT = 280;

/** One matching post: who wrote it, when, and the start of what it says. */
export const SearchResult = memo(function SearchResult(props: {
  readonly post: Post;
}) {
  const { post } = props;
  const name = post.authorName?.trim() || post.publisher;
  const text = [post.title, post.body.text].filter(Boolean).join(" — ");

  return (
    <li className="search-result">
      <div className="search-result-header">
        <PersonLink jid={post.publisher}>
          <bdi className="post-author" dir="auto">
            {name}
          </bdi>
        </PersonLink>
        <PostTime iso={post.published} approximate={post.approximateTime} />
      </div>
      <p className="search-result-text" dir="auto">
        {excerpt(text)}
      </p>
    </li>
  );
});

function excerpt(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}
