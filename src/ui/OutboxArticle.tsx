import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useOutboxStore } from "../store";
import type { OutboxItem } from "../store";
import { ErrorAlert } from "./ErrorAlert";
import { PostImages } from "./PostImages";
import { PostTime } from "./PostTime";
import "./PostArticle.css";
import "./PostBody.css";

interface Props {
  readonly item: OutboxItem;
  readonly author: string;
  readonly position: number;
  readonly setSize: number;
}

/** A post of ours the server has not stored yet, with its state. */
export function OutboxArticle({ item, author, position, setSize }: Props) {
  const id = useId();
  const { draft } = item;

  return (
    <article
      className="post post-pending"
      aria-labelledby={`${id}-author`}
      aria-posinset={position}
      aria-setsize={setSize}
      data-outbox={item.status}
    >
      <header className="post-header">
        <bdi id={`${id}-author`} className="post-author" dir="auto">
          {author}
        </bdi>
        <PostTime iso={draft.createdAt} approximate={false} />
      </header>
      <div className="post-body post-text" dir="auto">
        {draft.text}
      </div>
      {draft.images && <PostImages images={draft.images} author={author} />}
      <ItemFooter item={item} />
    </article>
  );
}

function ItemFooter({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  if (item.status === "failed") {
    return <FailedActions itemId={item.draft.itemId} error={item.error} />;
  }
  const words =
    item.status === "sending" ? t("outbox.sending") : t("outbox.waiting");
  return (
    <footer className="post-footer">
      <p className="post-state">{words}</p>
    </footer>
  );
}

function FailedActions({ itemId, error }: { itemId: string; error: string }) {
  const retryPost = useOutboxStore((s) => s.retryPost);
  const discardPost = useOutboxStore((s) => s.discardPost);
  const { t } = useTranslation();

  return (
    <footer className="post-footer post-failed">
      <ErrorAlert code={error} />
      <button type="button" onClick={() => void retryPost(itemId)}>
        {t("outbox.retry")}
      </button>
      <button
        type="button"
        className="quiet"
        onClick={() => discardPost(itemId)}
      >
        {t("outbox.discard")}
      </button>
    </footer>
  );
}
