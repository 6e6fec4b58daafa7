import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSessionStore } from "../store";
import "./LogoutControl.css";

/** Log out, optionally deleting what this device keeps of the account. */
export function LogoutControl() {
  const logout = useSessionStore((s) => s.logout);
  const [forget, setForget] = useState(false);
  const id = useId();
  const { t } = useTranslation();

  return (
    <div className="logout-control">
      <input
        id={id}
        type="checkbox"
        checked={forget}
        onChange={(event) => setForget(event.target.checked)}
      />
      <label htmlFor={id}>{t("logout.forget")}</label>
      <button type="button" onClick={() => void logout({ forget })}>
        {t("logout.submit")}
      </button>
    </div>
  );
}
