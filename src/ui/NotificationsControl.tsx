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

  if (permission === "unsupported") return null;
  if (permission === "default") {
    return (
      <p className="notifications-control">
        <button type="button" onClick={() => void askPermission()}>
          Turn on notifications
        </button>
      </p>
    );
  }
  return (
    <p className="notifications-control notifications-control-note">
      {permission === "granted"
        ? "Notifications are on while Pepper is in the background."
        : "Notifications are blocked. Allow them in this site's settings " +
          "in your browser to be told of new posts."}
    </p>
  );
}
