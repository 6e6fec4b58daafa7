import { useTranslation } from "react-i18next";
import { errorText } from "./errorText";
import "./ErrorAlert.css";

/** An error the user should read now: announced, with what to do next. */
export function ErrorAlert({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="error-alert" dir="auto">
      {errorText(t, code)}
    </p>
  );
}
