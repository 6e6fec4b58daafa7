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
        {progressText(progress)}
      </p>
      {failures.length > 0 && <FeedFailures failures={failures} />}
    </>
  );
}

function progressText(progress: FeedProgress): string {
  if (progress.status !== "loading") return "";
  const { done, total } = progress;
  return `Loading posts from ${done} of ${total} feeds…`;
}

function FeedFailures({ failures }: { failures: [string, FeedError][] }) {
  const contacts = useRosterStore((s) => s.contacts);

  return (
    <div role="alert" className="feed-failures">
      <p>Some posts could not be loaded:</p>
      <ul>
        {failures.map(([jid, error]) => (
          <li key={jid}>
            <bdi dir="auto">{contacts[jid]?.name ?? jid}</bdi>
            {": "}
            <span dir="auto">{errorText(error.code)}</span>{" "}
            <button type="button" className="quiet" onClick={error.retry}>
              Try again
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
