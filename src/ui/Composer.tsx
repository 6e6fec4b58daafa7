import { useState } from "react";
import type { ClipboardEvent, DragEvent, FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { postKey } from "../model";
import {
  uploadPictures,
  useOutboxStore,
  useSessionStore,
  useTimelineStore,
  useVisibilityStore,
} from "../store";
import type { PublishResult } from "../store";
import { ErrorAlert } from "./ErrorAlert";
import { PictureTray } from "./PictureTray";
import { TextBox } from "./TextBox";
import { usePictures } from "./usePictures";
import type { Picture } from "./usePictures";
import { audienceText } from "./VisibilitySetting";
import "./Composer.css";

/** The draft the composer last tried to publish, and what it held then. */
interface Attempt {
  readonly itemId: string;
  readonly text: string;
  readonly pictures: string;
}

/**
 * Writes a new post, with pictures picked, pasted or dropped. The text
 * and the pictures stay here until the post is published or waits in the
 * outbox for the connection: a refused attempt or a failed upload keeps
 * them, and posting the same again retries the same draft instead of
 * publishing a second copy. Pictures go up before the post is kept, so a
 * post with pictures needs the connection when it is sent.
 */
export function Composer() {
  const [text, setText] = useState("");
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [sending, setSending] = useState(false);
  const { pictures, refusal, setRefusal, add, remove, clear } = usePictures();
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
    const sent = { text, pictures };
    setSending(true);
    setRefusal(null);
    const result = await send(sent.text, sent.pictures, attempt);
    setSending(false);

    if ("upload" in result) {
      setRefusal({ code: result.error });
      return;
    }
    // A post waiting for the connection is kept, shown, and sent later by
    // itself: the composer is free for the next one.
    if (result.ok || isWaiting(result.itemId)) {
      // Keep anything typed or attached while it was sending.
      setText((current) => (current === sent.text ? "" : current));
      clear(sent.pictures);
      setAttempt(null);
    } else {
      const key = pictureKey(sent.pictures);
      setAttempt({ itemId: result.itemId, text: sent.text, pictures: key });
    }
  }

  // Pictures need words too: XEP-0277 readers (Movim, Libervia) want a
  // non-empty title, and the text is what a screen reader reads out.
  const empty = text.trim() === "";
  return (
    <form
      className="composer"
      onSubmit={(event) => void submit(event)}
      onPaste={(event) => pasted(event, add)}
      onDragOver={dragOver}
      onDrop={(event) => dropped(event, add)}
    >
      <TextBox
        label={t("composer.label")}
        rows={3}
        placeholder={t("composer.placeholder")}
        value={text}
        onChange={setText}
      />
      <PictureTray
        pictures={pictures}
        disabled={sending}
        onAdd={(files) => void add(files)}
        onRemove={remove}
      />
      {refusal && <ErrorAlert {...refusal} />}
      <div className="composer-actions">
        {audience.status === "known" && (
          <p className="composer-audience">{audienceText(t, audience.model)}</p>
        )}
        <button type="submit" className="primary" disabled={sending || empty}>
          {t("composer.submit")}
        </button>
      </div>
    </form>
  );
}

/** A failed upload: nothing was kept, the composer still has it all. */
type SendResult = PublishResult | { readonly upload: true; error: string };

async function send(
  text: string,
  pictures: readonly Picture[],
  attempt: Attempt | null,
): Promise<SendResult> {
  const outbox = useOutboxStore.getState();
  const kept = outbox.items.find((i) => i.draft.itemId === attempt?.itemId);
  const same =
    attempt?.text === text && attempt.pictures === pictureKey(pictures);
  if (attempt && kept && same) return outbox.retryPost(attempt.itemId);

  if (pictures.length === 0) return outbox.publishPost(text);
  const uploaded = await uploadPictures(pictures.map((p) => p.file));
  if (!uploaded.ok) return { upload: true, error: uploaded.error };
  return outbox.publishPost(text, uploaded.images);
}

function pictureKey(pictures: readonly Picture[]): string {
  return pictures.map((p) => p.id).join(" ");
}

/** A pasted image (a screenshot, a copied file) is attached. */
function pasted(event: ClipboardEvent, add: (files: File[]) => unknown) {
  const files = [...event.clipboardData.files];
  if (files.length === 0) return; // text: the text box takes it
  event.preventDefault();
  void add(files);
}

function dragOver(event: DragEvent) {
  // Accepting the drag is what lets a drop of files land here.
  if (event.dataTransfer.types.includes("Files")) event.preventDefault();
}

function dropped(event: DragEvent, add: (files: File[]) => unknown) {
  const files = [...event.dataTransfer.files];
  if (files.length === 0) return;
  event.preventDefault();
  void add(files);
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
    attempt && jid ? s.posts.has(postKey(jid, attempt.itemId)) : false,
  );
}
