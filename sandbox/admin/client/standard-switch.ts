import { h, type Attrs } from './dom.ts';

/**
 * The availability switch: `label.ec-switch > input.ec-switch__input[type=checkbox][role=switch] +
 * span.ec-switch__label`. The checkbox itself is drawn as the toggle (CSS), so the markup stays this small.
 */
export function switchControl(
  checked: boolean,
  ariaLabel: string,
  text: string,
  inputAttrs: Attrs = {},
): HTMLLabelElement {
  const input = h('input', {
    type: 'checkbox',
    class: 'ec-switch__input',
    role: 'switch',
    'aria-label': ariaLabel,
    ...inputAttrs,
  });
  input.checked = checked;
  return h('label', { class: 'ec-switch' }, input, h('span', { class: 'ec-switch__label' }, text));
}
