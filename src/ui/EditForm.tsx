import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Post } from "../model";
import { useEditStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";
import { TextBox } from "./TextBox";

interface Props {
  readonly post: Post;
  readonly onDone: () => void;
}

/** Rewrites one of our posts; a refused edit keeps its text here. */
export function EditForm({ post, onDone }: Props) {
  const edit = useEditStore((s) => s.edits[post.key]);
  const editPost = useEditStore((s) => s.editPost);
  const [text, setText] = useState(post.body.text);
  const saving = edit?.status === "saving";
  const { t } = useTranslation();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await editPost(post, text)) onDone();
  }

  return (
    <form className="comment-form" onSubmit={(event) => void submit(event)}>
      <TextBox
        label={t("edit.label")}
        rows={3}
        value={text}
        onChange={setText}
      />
      {edit?.status === "failed" && <ErrorAlert code={edit.error} />}
      <div className="post-footer">
        <button type="button" className="quiet" onClick={onDone}>
          {t("edit.cancel")}
        </button>
        <button type="submit" disabled={saving || text.trim() === ""}>
          {t("edit.save")}
        </button>
      </div>
    </form>
  );
}
