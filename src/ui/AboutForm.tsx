import { useTranslation } from "react-i18next";
import { useId, useState } from "react";
import type { FormEvent } from "react";
import type { VcardBasics } from "../model";
import { useProfileStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";

/** Our own full name and "About" (XEP-0292), edited on our own page. */
export function AboutForm({ vcard }: { vcard: VcardBasics }) {
  const saveAbout = useProfileStore((s) => s.saveAbout);
  const save = useProfileStore((s) => s.aboutSave);
  const [fn, setFn] = useState(vcard.fn ?? "");
  const [note, setNote] = useState(vcard.note ?? "");
  const fnId = useId();
  const noteId = useId();
  const { t } = useTranslation();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void saveAbout({ fn, note });
  }

  return (
    <form className="about-form" onSubmit={submit}>
      <label htmlFor={fnId}>{t("person.fullName")}</label>
      <input
        id={fnId}
        type="text"
        dir="auto"
        maxLength={200}
        value={fn}
        onChange={(event) => setFn(event.target.value)}
      />
      <label htmlFor={noteId}>{t("person.about")}</label>
      <textarea
        id={noteId}
        dir="auto"
        rows={3}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" disabled={save.status === "saving"}>
        {t("person.saveProfile")}
      </button>
      {save.status === "saved" && (
        <p className="about-form-note">{t("person.profileSaved")}</p>
      )}
      {save.status === "failed" && <ErrorAlert code={save.error} />}
    </form>
  );
}
