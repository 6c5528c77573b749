import { useMessages } from '../state/useMessages';
import { fullViewUrl } from '../state/shareUrl';

/** Embed mode's only chrome: the title and a way out to the full dashboard. */
export function EmbedBar() {
  const { t } = useMessages();
  return (
    <header className="embedbar">
      <h1 className="embedbar__title">{t.appTitle}</h1>
      <a className="embedbar__link" href={fullViewUrl(window.location.href)} target="_blank" rel="noopener">
        {t.openFullView} <span aria-hidden="true">↗</span>
        <span className="sr-only"> {t.newWindow}</span>
      </a>
    </header>
  );
}
