import { useRosterStore } from "../store";
import { ErrorAlert } from "./ErrorAlert";

/** People who asked to see our presence and posts. */
export function Requests() {
  const requests = useRosterStore((s) => s.requests);
  const answerError = useRosterStore((s) => s.answerError);
  const accept = useRosterStore((s) => s.acceptRequest);
  const decline = useRosterStore((s) => s.declineRequest);
  if (requests.length === 0) return null;

  return (
    <section className="requests" aria-labelledby="requests-heading">
      <h3 id="requests-heading">Friend requests</h3>
      <ul role="list" className="request-list">
        {requests.map((jid) => (
          <li key={jid} className="request">
            <p className="request-text">
              <bdi dir="auto">{jid}</bdi> wants to see your posts.
            </p>
            <div className="request-actions">
              <button type="button" onClick={() => void accept(jid)}>
                Accept
              </button>
              <button
                type="button"
                className="quiet"
                onClick={() => void decline(jid)}
              >
                Decline
              </button>
            </div>
          </li>
        ))}
      </ul>
      {answerError && <ErrorAlert code={answerError.error} />}
    </section>
  );
}
