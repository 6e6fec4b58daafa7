import { useTranslation } from "react-i18next";
import { useState } from "react";
import type { FormEvent } from "react";
import { useFollowStore, useProfileStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";
import { JidInput } from "./JidInput";
import "./FollowForm.css";

/**
 * Follows anyone's public posts by Jabber ID, without becoming contacts;
 * their page opens, where Follow's outcome shows.
 */
export function FollowForm() {
  const follow = useFollowStore((s) => s.follow);
  const inputError = useFollowStore((s) => s.inputError);
  const openPerson = useProfileStore((s) => s.openPerson);
  const [jid, setJid] = useState("");
  const { t } = useTranslation();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const followed = await follow(jid);
    if (followed === null) return;
    setJid("");
    void openPerson(followed);
  }

  return (
    <form className="follow-form" onSubmit={(event) => void submit(event)}>
      <JidInput
        label={t("follow.label")}
        action={t("follow.submit")}
        kind="follow-form"
        placeholder={t("follow.example")}
        value={jid}
        onChange={setJid}
        disabled={jid.trim() === ""}
      />
      {inputError && <ErrorAlert code={inputError} />}
    </form>
  );
}
