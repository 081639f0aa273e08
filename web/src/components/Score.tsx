/** A 0–100 score as a number and a bar; the bar is decoration, the number is what is read. */
export function Score({ value, label, size = 'normal' }: { value: number; label?: string; size?: 'normal' | 'large' }) {
  const rounded = Math.round(value);
  return (
    <span className={`score score-${size}`}>
      <span className="score-value">
        {rounded}
        <span className="score-max">/100</span>
        {label && <span className="visually-hidden"> {label}</span>}
      </span>
      <span className="score-bar" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(100, rounded))}%` }} />
      </span>
    </span>
  );
}
