import { useMemo, useState } from "react";
import type { Post } from "../model";
import {
  sameTag,
  useOutboxStore,
  useSessionStore,
  useTagFilterStore,
  useTimelineStore,
} from "../store";
import { OutboxArticle } from "./OutboxArticle";
import { PostArticle } from "./PostArticle";
import "./Timeline.css";

/** Posts rendered at first, and added per "Show older posts". */
const PAGE = 50;

/**
 * The ARIA feed: our unsent posts on top, then everyone's posts, newest
 * first. Long timelines render a page at a time.
 */
export function Timeline() {
  const all = useTimelineStore((s) => s.sorted);
  const tag = useTagFilterStore((s) => s.tag);
  const posts = useMemo(() => withTag(all, tag), [all, tag]);
  const outbox = useOutboxStore((s) => s.items);
  const own = useSessionStore((s) => s.account?.jid ?? "");
  const [shown, setShown] = useState(PAGE);
  const ownName = useMemo(() => nameIn(all, own), [all, own]);

  const pending = tag === null ? [...outbox].reverse() : [];
  const setSize = pending.length + posts.length;

  return (
    <>
      {tag !== null && <TagBar tag={tag} />}
      {/* An empty feed is still waiting for its first article: WAI-ARIA
          1.2 marks a feed aria-busy while articles are being added, and a
          feed with no article and no aria-busy is invalid (axe). */}
      <div
        role="feed"
        aria-label="Timeline"
        aria-busy={setSize === 0 || undefined}
        className="timeline"
      >
        {pending.map((item, index) => (
          <OutboxArticle
            key={item.draft.itemId}
            item={item}
            author={ownName}
            position={index + 1}
            setSize={setSize}
          />
        ))}
        {posts.slice(0, shown).map((post, index) => (
          <PostArticle
            key={post.key}
            post={post}
            own={post.publisher === own}
            position={pending.length + index + 1}
            setSize={setSize}
          />
        ))}
      </div>
      {setSize === 0 && (
        <p className="timeline-empty">
          No posts yet. Write the first one, or add a friend.
        </p>
      )}
      {posts.length > shown && (
        <button
          type="button"
          className="timeline-more"
          onClick={() => setShown(shown + PAGE)}
        >
          Show older posts
        </button>
      )}
    </>
  );
}

/**
 * The name our own published posts carry, so that a post keeps its name
 * when it moves from the outbox to the timeline; the JID until we know.
 */
function nameIn(posts: readonly Post[], own: string): string {
  const named = posts.find((p) => p.publisher === own && p.authorName);
  return named?.authorName?.trim() || own;
}

function withTag(posts: readonly Post[], tag: string | null) {
  if (tag === null) return posts;
  return posts.filter((post) => post.tags?.some((t) => sameTag(t, tag)));
}

function TagBar({ tag }: { tag: string }) {
  const clearTag = useTagFilterStore((s) => s.clearTag);
  return (
    <p className="timeline-tag" dir="auto">
      Posts tagged <bdi dir="auto">#{tag}</bdi>{" "}
      <button type="button" className="quiet" onClick={clearTag}>
        Show all posts
      </button>
    </p>
  );
}
