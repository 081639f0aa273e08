import type { KeyboardEvent, TextareaHTMLAttributes } from 'react';
import { TextArea } from './Field';

const INDENT = '  ';

interface CodeEditorProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: unknown;
  hint?: string;
  rows?: TextareaHTMLAttributes<HTMLTextAreaElement>['rows'];
}

/**
 * A plain monospace text area where Tab indents, as code needs. A full editor would cost more than the
 * page budget allows. So that the keyboard is never trapped, Esc lets the next Tab leave the field.
 */
const CANDIDATE_HINT =
  'Your draft is kept in this browser as you type. Tab indents; to leave the editor by keyboard, press Esc, then Tab.';

export function CodeEditor({ label, name, value, onChange, error, hint = CANDIDATE_HINT, rows = 18 }: CodeEditorProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const area = event.currentTarget;
    if (event.key === 'Escape') {
      area.dataset.release = 'true';
      return;
    }
    const release = area.dataset.release === 'true';
    delete area.dataset.release;
    if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || release) return;
    event.preventDefault();
    // Editing the element itself keeps the caret where it is; React then sees the value it already has.
    area.setRangeText(INDENT, area.selectionStart, area.selectionEnd, 'end');
    onChange(area.value);
  };
  return (
    <TextArea
      label={label}
      name={name}
      hint={hint}
      value={value}
      rows={rows}
      className="work-editor code-editor"
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      wrap="off"
      error={error}
      onKeyDown={onKeyDown}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
