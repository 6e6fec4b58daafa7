import { useNoticeStore } from "../store";
import { errorText } from "./errorText";
import "./StorageNotice.css";

/** The one warning that device storage failed; Pepper goes on without it. */
export function StorageNotice() {
  const code = useNoticeStore((s) => s.storage);
  const dismiss = useNoticeStore((s) => s.dismissStorage);
  if (code === null) return null;

  return (
    <div role="alert" className="storage-notice">
      <p dir="auto">{errorText(code)}</p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
