import { useEffect } from "react";
import { useAttentionStore } from "../store";

const TITLE = "Pepper";

/**
 * Puts the count of posts missed while the tab was hidden in the page
 * title, "(3) Pepper", and clears it when the tab is in sight again.
 */
export function useUnreadTitle(): void {
  const unread = useAttentionStore((s) => s.unread);
  const seen = useAttentionStore((s) => s.seen);

  useEffect(() => {
    document.title = unread > 0 ? `(${unread}) ${TITLE}` : TITLE;
  }, [unread]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === "visible") seen();
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      document.title = TITLE;
    };
  }, [seen]);
}
