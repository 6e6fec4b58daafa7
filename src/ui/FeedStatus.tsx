import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useRosterStore, useTimelineStore } from "../store";
import type { FeedError, FeedProgress } from "../store";
import { errorText, isSharingState } from "./errorText";
import "./FeedStatus.css";

/**
 * Progress of the feed fetches, in a polite live region (the one
 * `role="status"` is the connection's), and the feeds that failed, each
 * with a way to try again. How someone shares (case-17) shows beside the
 * contact instead.
 */
export function FeedStatus() {
  const progress = useTimelineStore((s) => s.progress);
  const feedErrors = useTimelineStore((s) => s.feedErrors);
  const { t } = useTranslation();
  const failures = Object.entries(feedErrors).filter(
    ([, error]) => !isSharingState(error.code),
  );

  return (
    <>
      <p
        className="feed-progress"
        aria-live="polite"
        data-feed-status={progress.status}
      >
        {progressText(t, progress)}
      </p>
      {failures.length > 0 && <FeedFailures failures={failures} />}
    </>
  );
}

function progressText(t: TFunction, progress: FeedProgress): string {
  if (progress.status !== "loading") return "";
  const { done, total } = progress;
  return t("feeds.loading", { done, count: total });
}

function FeedFailures({ failures }: { failures: [string, FeedError][] }) {
  const contacts = useRosterStore((s) => s.contacts);
  const { t } = useTranslation();

  return (
    <div role="alert" className="feed-failures">
      <p>{t("feeds.failed")}</p>
      <ul>
        {failures.map(([jid, error]) => (
          <li key={jid}>
            <bdi dir="auto">{contacts[jid]?.name ?? jid}</bdi>
            {": "}
            <span dir="auto">{errorText(t, error.code)}</span>{" "}
            <button type="button" className="quiet" onClick={error.retry}>
              {t("feeds.tryAgain")}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
