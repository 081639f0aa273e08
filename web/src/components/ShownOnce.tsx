import { useState } from 'react';

/** A secret the API shows only once (webhook secret, API key), with a copy button and a plain warning. */
export function ShownOnce({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="shown-once" role="status">
      <p className="shown-once-title">{label}</p>
      <p>Copy it now: it is shown only this once and cannot be read again.</p>
      <div className="shown-once-row">
        <code className="secret">{value}</code>
        <button
          type="button"
          className="button"
          onClick={() =>
            void navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}
