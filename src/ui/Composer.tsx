import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { postKey } from "../model";
import {
  useOutboxStore,
  useSessionStore,
  useTimelineStore,
  useVisibilityStore,
} from "../store";
import { TextBox } from "./TextBox";
import { audienceText } from "./VisibilitySetting";
import "./Composer.css";

/** The draft the composer last tried to publish, and its text then. */
interface Attempt {
  readonly itemId: string;
  readonly text: string;
}

/**
 * Writes a new post. The text stays here until the post is published or
 * waits in the outbox for the connection: a refused attempt keeps it, and
 * posting the same text again retries the same draft instead of
 * publishing a second copy.
 */
export function Composer() {
  const [text, setText] = useState("");
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [sending, setSending] = useState(false);
  const published = usePublished(attempt);
  const audience = useVisibilityStore((s) => s.audience);
  const { t } = useTranslation();

  if (published && attempt) {
    // Sent later (Retry, or after reconnecting): the draft has done its job.
    // Adjusting state while rendering, as React advises over an effect.
    setAttempt(null);
    if (text === attempt.text) setText("");
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = text;
    setSending(true);
    const result = await send(sent, attempt);
    setSending(false);

    // A post waiting for the connection is kept, shown, and sent later by
    // itself: the composer is free for the next one.
    if (result.ok || isWaiting(result.itemId)) {
      // Keep anything typed while it was sending.
      setText((current) => (current === sent ? "" : current));
      setAttempt(null);
    } else {
      setAttempt({ itemId: result.itemId, text: sent });
    }
  }

  return (
    <form className="composer" onSubmit={(event) => void submit(event)}>
      <TextBox
        label={t("composer.label")}
        rows={3}
        placeholder={t("composer.placeholder")}
        value={text}
        onChange={setText}
      />
      <div className="composer-actions">
        {audience.status === "known" && (
          <p className="composer-audience">{audienceText(t, audience.model)}</p>
        )}
        <button
          type="submit"
          className="primary"
          disabled={sending || text.trim() === ""}
        >
          {t("composer.submit")}
        </button>
      </div>
    </form>
  );
}

function send(text: string, attempt: Attempt | null) {
  const outbox = useOutboxStore.getState();
  const kept = outbox.items.find((i) => i.draft.itemId === attempt?.itemId);
  if (attempt && kept && attempt.text === text) {
    return outbox.retryPost(attempt.itemId);
  }
  return outbox.publishPost(text);
}

function isWaiting(itemId: string): boolean {
  return useOutboxStore
    .getState()
    .items.some((i) => i.draft.itemId === itemId && i.status === "waiting");
}

/** Whether the attempted draft has become a post in the timeline. */
function usePublished(attempt: Attempt | null): boolean {
  const jid = useSessionStore((s) => s.account?.jid);
  return useTimelineStore((s) =>
    attempt && jid ? postKey(jid, attempt.itemId) in s.posts : false,
  );
}
