import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/useMessages';

/** Copies the current view's link (the URL holds the whole view) and confirms it. */
export function CopyLink() {
  const { t } = useMessages();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const id = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(id);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copylink">
      <button type="button" className="btn btn--small" onClick={() => void copy()}>{t.copyLink}</button>
      <span role="status" className="copylink__msg">
        {state === 'copied' ? t.linkCopied : state === 'failed' ? t.linkCopyFailed : ''}
      </span>
    </span>
  );
}
