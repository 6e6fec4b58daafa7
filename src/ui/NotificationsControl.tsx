import { useTranslation } from "react-i18next";
import { useAttentionStore } from "../store";
import { useUnreadTitle } from "./useUnreadTitle";
import "./NotificationsControl.css";

/**
 * Desktop notifications for friends' posts while the tab is hidden. The
 * browser is asked only when the person clicks, never on load.
 */
export function NotificationsControl() {
  const permission = useAttentionStore((s) => s.permission);
  const askPermission = useAttentionStore((s) => s.askPermission);
  useUnreadTitle();
  const { t } = useTranslation();

  if (permission === "unsupported") return null;
  if (permission === "default") {
    return (
      <p className="notifications-control">
        <button type="button" onClick={() => void askPermission()}>
          {t("notifications.turnOn")}
        </button>
      </p>
    );
  }
  return (
    <p className="notifications-control notifications-control-note">
      {permission === "granted"
        ? t("notifications.on")
        : t("notifications.blocked")}
    </p>
  );
}
