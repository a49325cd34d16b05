/** A labelled input with an optional hint, the hint tied to the input for screen readers. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  type?: 'text' | 'password' | 'url';
  placeholder?: string;
  inputMode?: 'numeric' | 'text';
  autoComplete?: string;
  disabled?: boolean;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const shared = {
    id: props.id,
    name: props.id,
    value: props.value,
    placeholder: props.placeholder,
    autoComplete: props.autoComplete ?? 'off',
    spellcheck: false,
    disabled: props.disabled,
    'aria-describedby': hintId,
    onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {/* Preact types a password input apart from the others. */}
      {props.type === 'password' ? (
        <input type="password" {...shared} />
      ) : props.type === 'url' ? (
        <input type="url" inputMode="url" {...shared} />
      ) : (
        <input type="text" inputMode={props.inputMode} {...shared} />
      )}
      {props.hint && (
        <p class="field__hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}
