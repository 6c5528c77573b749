import { useState } from 'react';
import type { IgnoredParam } from '../state/linkCheck';
import { useMessages } from '../state/useMessages';

/** What the opened link asked for that was ignored, as plain text; dismissible. */
export function LinkNotice({ ignored }: { ignored: readonly IgnoredParam[] }) {
  const { t } = useMessages();
  const [open, setOpen] = useState(true);
  if (!open || ignored.length === 0) return null;
  return (
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
  );
}
