/** A determinate progress bar with its figures, for screen readers as for eyes. */
export function ProgressBar({ label, value, max, text }: { label: string; value: number; max: number; text: string }) {
  const share = max === 0 ? 0 : Math.min(1, value / max);
  return (
    <div class="sl-progress">
      <div
        class="sl-progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={text}
      >
        <div class="sl-progress__fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
      <span class="sl-progress__text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
