import { useId } from "react";

interface Props {
  /** The accessible name, shown as the label. */
  readonly label: string;
  readonly value: string;
  readonly rows: number;
  readonly placeholder?: string;
  readonly onChange: (text: string) => void;
}

/**
 * A labelled multiline text box for writing a post, a comment or an edit.
 * dir="auto": each person's text finds its own direction.
 */
export function TextBox({ label, value, rows, placeholder, onChange }: Props) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        dir="auto"
        rows={rows}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
}
