import { useTranslation } from "react-i18next";
import { useId } from "react";
import type { ChangeEvent } from "react";
import { useAvatarStore, useSessionStore } from "../store";
import { Avatar } from "./Avatar";
import { ErrorAlert } from "./ErrorAlert";
import "./AvatarForm.css";

/**
 * Our picture (XEP-0084): chosen from a file, scaled down in the browser
 * and published. A refused one leaves the old picture in place.
 */
export function AvatarForm() {
  const jid = useSessionStore((s) => s.account?.jid);
  const save = useAvatarStore((s) => s.save);
  const setOwnAvatar = useAvatarStore((s) => s.setOwnAvatar);
  const id = useId();
  const { t } = useTranslation();

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) void setOwnAvatar(file);
  }

  return (
    <div className="avatar-form">
      <label htmlFor={id}>{t("picture.label")}</label>
      <div className="avatar-form-row">
        {jid && <Avatar jid={jid} name={jid} />}
        <input
          id={id}
          type="file"
          accept="image/*"
          disabled={save.status === "saving"}
          onChange={choose}
        />
      </div>
      {save.status === "saving" && (
        <p className="avatar-form-note">{t("picture.sending")}</p>
      )}
      {save.status === "saved" && (
        <p className="avatar-form-note">{t("picture.saved")}</p>
      )}
      {save.status === "failed" && <ErrorAlert code={save.error} />}
    </div>
  );
}
