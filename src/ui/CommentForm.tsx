import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Post } from "../model";
import { useCommentsStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";
import { TextBox } from "./TextBox";

/** Adds a comment; on a refusal the text stays here with the reason. */
export function CommentForm({ post }: { post: Post }) {
  const addComment = useCommentsStore((s) => s.addComment);
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = text;
    setSending(true);
    const result = await addComment(post, sent);
    setSending(false);
    setError(result.ok ? null : result.error);
    if (result.ok) setText((current) => (current === sent ? "" : current));
  }

  return (
    <form className="comment-form" onSubmit={(event) => void submit(event)}>
      <TextBox
        label={t("comments.add")}
        rows={2}
        value={text}
        onChange={setText}
      />
      {error && <ErrorAlert code={error} />}
      <button type="submit" disabled={sending || text.trim() === ""}>
        {t("comments.submit")}
      </button>
    </form>
  );
}
