// The browser's Notifications API (WHATWG Notifications), behind three
// calls so that stores never touch `window` and tests run without it.
import { log } from "../log";

export type Permission = NotificationPermission | "unsupported";

function supported(): boolean {
  return typeof Notification !== "undefined";
}

/** What the person has said so far; "unsupported" where there is no API. */
export function notificationPermission(): Permission {
  return supported() ? Notification.permission : "unsupported";
}

/**
 * Asks the person. Browsers allow this only from a click (user
 * activation), which is also the only polite moment. Resolves with the
 * answer; never rejects.
 */
export async function askNotificationPermission(): Promise<Permission> {
  if (!supported()) return "unsupported";
  try {
    return await Notification.requestPermission();
  } catch (error) {
    log.warn("ui", "cannot ask for notifications", { error });
    return Notification.permission;
  }
}

/** Shows one desktop notification, when allowed; a click brings us back. */
export function showNotification(title: string, body: string, tag: string) {
  if (notificationPermission() !== "granted") return;
  try {
    const shown = new Notification(title, { body, tag });
    shown.onclick = () => window.focus();
  } catch (error) {
    // Android Chrome allows notifications only from a service worker; the
    // unread count in the title still tells.
    log.warn("ui", "cannot show a notification", { error });
  }
}

/** Whether the page is out of sight (another tab, minimised window). */
export function pageHidden(): boolean {
  return typeof document !== "undefined" && document.hidden;
}
