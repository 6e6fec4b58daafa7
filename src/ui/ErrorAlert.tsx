import { useTranslation } from "react-i18next";
import { errorText } from "./errorText";
import "./ErrorAlert.css";

/**
 * An error the user should read now: announced, with what to do next.
 * Its words come from the code, or are given whole when they name
 * something (a file, a limit).
 */
export function ErrorAlert(
  props: { readonly code: string } | { readonly text: string },
) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="error-alert" dir="auto">
      {"code" in props ? errorText(t, props.code) : props.text}
    </p>
  );
}
