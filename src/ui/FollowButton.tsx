import { useTranslation } from "react-i18next";
import { useFollowStore, useTimelineStore } from "../store";
import type { Person } from "../store";
import { ErrorAlert } from "./ErrorAlert";
import { errorText } from "./errorText";

/**
 * Follow or Unfollow on a person's page, and why their posts may not
 * show: a follow their server refused, or a followed feed it no longer
 * lets us read (their posts became friends-only).
 */
export function FollowButton({ person }: { person: Person }) {
  const jid = person.jid;
  const listed = useFollowStore((s) => s.followed.includes(jid));
  const action = useFollowStore((s) => s.actions[jid]);
  const feedError = useTimelineStore((s) => s.feedErrors[jid]);
  const follow = useFollowStore((s) => s.follow);
  const unfollow = useFollowStore((s) => s.unfollow);
  const busy = action?.status === "busy";
  const { t } = useTranslation();

  return (
    <div className="follow-button">
      <button
        type="button"
        disabled={busy}
        onClick={() => void (listed ? unfollow(jid) : follow(jid))}
      >
        {listed ? t("person.unfollow") : t("person.follow")}
      </button>
      {action?.status === "failed" && <ErrorAlert code={action.error} />}
      {listed && feedError && (
        <p className="follow-button-note" dir="auto">
          {errorText(t, feedError.code)}
        </p>
      )}
    </div>
  );
}
