import type { ReactNode } from 'react';

/**
 * A quiet button that acts on one item of a list or table. It shows only the action ("Remove");
 * a screen reader also hears which item ("Remove Ada Lovelace"), since every row has the same button.
 */
export function ItemActionButton({
  action,
  item,
  disabled,
  onClick,
}: {
  action: string;
  item: ReactNode;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" className="button button-quiet" disabled={disabled} onClick={onClick}>
      {action} <span className="visually-hidden">{item}</span>
    </button>
  );
}
