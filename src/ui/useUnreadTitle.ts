import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useAttentionStore } from "../store";

/**
 * Puts the count of posts missed while the tab was hidden in the page
 * title, "(3) Pepper", and clears it when the tab is in sight again.
 */
export function useUnreadTitle(): void {
  const unread = useAttentionStore((s) => s.unread);
  const seen = useAttentionStore((s) => s.seen);
  const { t } = useTranslation();
  const title = t("app.name");

  useEffect(() => {
    document.title =
      unread > 0 ? t("app.unreadTitle", { count: unread }) : title;
  }, [unread, t, title]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === "visible") seen();
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      document.title = title;
    };
  }, [seen, title]);
}
