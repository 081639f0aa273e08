import type { SkillPage } from '../../api/types';

/** Native disclosure widgets: keyboard and screen-reader support come with the element. */
export function Faq({ entries }: { entries: SkillPage['faq'] }) {
  return (
    <div className="faq">
      {entries.map((entry) => (
        <details key={entry.question}>
          <summary>{entry.question}</summary>
          <p>{entry.answer}</p>
        </details>
      ))}
    </div>
  );
}
