import { useId } from "react";

interface Props {
  /** The field's label, also its accessible name. */
  readonly label: string;
  /** The submit button's text. */
  readonly action: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly disabled: boolean;
  readonly placeholder: string;
  /** CSS class prefix of the row, e.g. "add-contact". */
  readonly kind: string;
}

/** A labelled Jabber ID field and its button, for the forms that take one. */
export function JidInput(props: Props) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <div className={`${props.kind}-row`}>
        <input
          id={id}
          type="text"
          dir="auto"
          autoCapitalize="none"
          spellCheck={false}
          inputMode="email"
          placeholder={props.placeholder}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
        <button type="submit" disabled={props.disabled}>
          {props.action}
        </button>
      </div>
    </>
  );
}
