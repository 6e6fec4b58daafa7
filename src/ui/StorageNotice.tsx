import { useTranslation } from "react-i18next";
import { useNoticeStore } from "../store";
import { errorText } from "./errorText";
import "./StorageNotice.css";

/** The one warning that device storage failed; Pepper goes on without it. */
export function StorageNotice() {
  const code = useNoticeStore((s) => s.storage);
  const dismiss = useNoticeStore((s) => s.dismissStorage);
  const { t } = useTranslation();
  if (code === null) return null;

  return (
    <div role="alert" className="storage-notice">
      <p dir="auto">{errorText(t, code)}</p>
      <button type="button" onClick={dismiss}>
        {t("storage.dismiss")}
      </button>
    </div>
  );
}
