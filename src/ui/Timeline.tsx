import { useMemo } from "react";
import { Trans, useTranslation } from "react-i18next";
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
import { VirtualFeed } from "./VirtualFeed";
import "./Timeline.css";

/**
 * The ARIA feed: our unsent posts on top, then everyone's posts, newest
 * first. Only the posts in view are in the DOM (VirtualFeed).
 */
export function Timeline() {
  const all = useTimelineStore((s) => s.sorted);
  const tag = useTagFilterStore((s) => s.tag);
  const posts = useMemo(() => withTag(all, tag), [all, tag]);
  const outbox = useOutboxStore((s) => s.items);
  const own = useSessionStore((s) => s.account?.jid ?? "");
  const pending = useMemo(
    () => (tag === null ? [...outbox].reverse() : []),
    [outbox, tag],
  );
  // A walk over every post: only when there is an unsent one to name.
  const waiting = pending.length > 0;
  const ownName = useMemo(
    () => (waiting ? nameIn(all, own) : own),
    [waiting, all, own],
  );
  const setSize = pending.length + posts.length;
  const { t } = useTranslation();

  const rowKey = (index: number): string => {
    const item = pending[index];
    if (item) return `outbox ${item.draft.itemId}`;
    return (posts[index - pending.length] as Post).key;
  };

  const renderRow = (index: number) => {
    const item = pending[index];
    if (item) {
      return (
        <OutboxArticle
          item={item}
          author={ownName}
          position={index + 1}
          setSize={setSize}
        />
      );
    }
    const post = posts[index - pending.length] as Post;
    return (
      <PostArticle
        post={post}
        own={post.publisher === own}
        position={index + 1}
        setSize={setSize}
      />
    );
  };

  return (
    <>
      {tag !== null && <TagBar tag={tag} />}
      <VirtualFeed count={setSize} rowKey={rowKey} renderRow={renderRow} />
      {setSize === 0 && <p className="timeline-empty">{t("timeline.empty")}</p>}
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
  const { t } = useTranslation();
  return (
    <p className="timeline-tag" dir="auto">
      <Trans
        i18nKey="timeline.tagged"
        values={{ tag }}
        components={{ tag: <bdi dir="auto" /> }}
      />{" "}
      <button type="button" className="quiet" onClick={clearTag}>
        {t("timeline.showAll")}
      </button>
    </p>
  );
}
