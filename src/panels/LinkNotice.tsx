import { useState } from 'react';
import type { DataParamIssue } from '../data/useDataset';
import { useDatasetIO } from '../data/DatasetContext';
import { problemText } from '../i18n/problemWords';
import type { Lang, Messages } from '../i18n';
import type { IgnoredParam } from '../state/linkCheck';
import { useMessages } from '../state/useMessages';

/** Why the link's `data` could not be shown, in words. */
function dataIssueText(t: Messages, lang: Lang, issue: DataParamIssue): string {
  switch (issue.kind) {
    case 'foreign':
      return t.dataParamForeign(issue.value);
    case 'not-here':
      return t.dataParamNotHere(issue.name);
    case 'failed':
      return t.dataParamFailed(problemText(lang, issue.problem));
    case 'rejected':
      return t.dataParamRejected(issue.name, issue.problem && problemText(lang, issue.problem));
    case 'partial':
      return t.dataParamPartial(issue.name, issue.left, issue.total);
  }
}

/**
 * What the opened link asked for and did not get, in every mode and on every tab: the data it
 * names that could not be loaded (an alert), and the parameters that were ignored (dismissible).
 */
export function LinkNotice({ ignored }: { ignored: readonly IgnoredParam[] }) {
  const { t, lang } = useMessages();
  const { dataParamIssue } = useDatasetIO();
  const [open, setOpen] = useState(true);
  return (
    <>
      {dataParamIssue && (
        <p className="notice notice--error link-notice__data" role="alert">
          {dataIssueText(t, lang, dataParamIssue)}
        </p>
      )}
      {open && ignored.length > 0 && (
        <div className="notice" role="status">
          <div className="issues__bar">
            <strong>{t.linkIgnoredTitle}</strong>
            <button type="button" className="btn btn--small" onClick={() => setOpen(false)}>
              {t.dismiss}
            </button>
          </div>
          <ul>
            {ignored.map((p, i) => (
              <li key={i}>
                <code>{p.name}</code> “{p.value}”: {t.linkReasons[p.reason]}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
