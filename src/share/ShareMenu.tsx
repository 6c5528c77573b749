/**
 * Share this view: copy its link, copy an iframe embed code, save a PNG snapshot (1× or 2×).
 * A disclosure: Escape or a click elsewhere closes it and focus returns to its button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '../state/useMessages';
import { embedCode, shareUrl } from '../state/shareUrl';

interface Props {
  /** Title of the view (the current event), for the embed's accessible title. */
  viewTitle: string;
  /** Makes and saves the PNG; resolves with the file name. */
  onSnapshot: (scale: 1 | 2) => Promise<string>;
}

export function ShareMenu({ viewTitle, onSnapshot }: Props) {
  const { t, lang } = useMessages();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(''), 4000);
    return () => window.clearTimeout(timer);
  }, [message]);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector('button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      toggle.current?.focus();
    };
    const onDown = (e: PointerEvent) => {
      const inside = panel.current?.contains(e.target as Node) || toggle.current?.contains(e.target as Node);
      if (!inside) setOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(done);
    } catch {
      setMessage(t.linkCopyFailed);
    }
  };
  const snapshot = async (scale: 1 | 2) => {
    setBusy(true);
    try {
      setMessage(t.snapshotSaved(await onSnapshot(scale)));
    } catch {
      setMessage(t.snapshotFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="share">
      <button
        ref={toggle}
        type="button"
        className="btn btn--small"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {t.share} <span aria-hidden="true">▾</span>
      </button>
      <div
        ref={panel}
        id={id}
        className="share__panel"
        role="group"
        aria-label={t.shareMenuLabel}
        hidden={!open}
      >
        <button
          type="button"
          className="btn"
          onClick={() => void copy(shareUrl(window.location.href, lang), t.linkCopied)}
        >
          {t.copyLink}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() =>
            void copy(embedCode(window.location.href, t.embedTitle(viewTitle), lang), t.embedCopied)
          }
        >
          {t.copyEmbed}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void snapshot(1)}>
          {t.savePng}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void snapshot(2)}>
          {t.savePng2x}
        </button>
      </div>
      <span role="status" className="share__msg">
        {message}
      </span>
    </div>
  );
}
