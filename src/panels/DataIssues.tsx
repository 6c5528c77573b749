import { useState } from 'react';
import type { DataIssue } from '../data/validate';
import { problemText } from '../i18n/problemWords';
import { useMessages } from '../state/useMessages';

/** Names the file, record and field of every record that failed validation. The rest of the data still shows. */
export function DataIssues({ issues }: { issues: readonly DataIssue[] }) {
  const { t, lang } = useMessages();
  const [dismissed, setDismissed] = useState(false);
  if (issues.length === 0 || dismissed) return null;
  return (
    <div className="issues" role="alert">
      <div className="issues__bar">
        <p>
          <strong>{t.dataIssuesTitle(issues.length)}</strong> {t.dataIssuesIntro}
        </p>
        <button type="button" className="btn btn--small" onClick={() => setDismissed(true)}>
          {t.dismiss}
        </button>
      </div>
      <ul>
        {issues.slice(0, 50).map((i, k) => (
          <li key={k}>
            <code>{t.issueWhere(i.file, t.recordLabel(i.recordId, i.index), i.field)}</code>:{' '}
            {problemText(lang, i.problem)} <span className="muted">({t.issueOutcomes[i.outcome]})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
