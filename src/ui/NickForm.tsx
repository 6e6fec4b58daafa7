import { useEffect, useId, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useProfileStore, useSessionStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";
import "./NickForm.css";

/** The name we go by (XEP-0172): shown on our posts to everyone. */
export function NickForm() {
  const online = useSessionStore((s) => s.connection.status === "online");
  const ownNick = useProfileStore((s) => s.ownNick);
  const save = useProfileStore((s) => s.save);
  const loadOwnNick = useProfileStore((s) => s.loadOwnNick);
  const saveNick = useProfileStore((s) => s.saveNick);
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const { t } = useTranslation();

  useEffect(() => {
    if (online) void loadOwnNick();
  }, [online, loadOwnNick]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void saveNick(draft ?? ownNick ?? "").then(() => setDraft(null));
  }

  return (
    <form className="nick-form" onSubmit={submit}>
      <label htmlFor={id}>{t("nick.label")}</label>
      <div className="nick-form-row">
        <input
          id={id}
          type="text"
          dir="auto"
          maxLength={100}
          value={draft ?? ownNick ?? ""}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" disabled={save.status === "saving"}>
          {t("nick.save")}
        </button>
      </div>
      {save.status === "saved" && draft === null && (
        <p className="nick-form-note">{t("nick.saved")}</p>
      )}
      {save.status === "failed" && <ErrorAlert code={save.error} />}
    </form>
  );
}
