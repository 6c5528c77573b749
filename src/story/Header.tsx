import type { ReactNode } from 'react';
import { useMessages } from '../state/useMessages';
import { useViewState } from '../state/viewState';

/** The dashboard's title bar: title, the view's actions, the language switch. */
export function Header({ actions, subtitle }: { actions?: ReactNode; subtitle?: string }) {
  const { t, lang } = useMessages();
  const { setLang } = useViewState();
  return (
    <header className="header">
      <div>
        <h1 className="header__title">{t.appTitle}</h1>
        <p className="header__subtitle" dir="auto">
          {subtitle ?? t.appSubtitle}
        </p>
      </div>
      <div className="header__actions">
        {actions}
        <button
          type="button"
          className="btn btn--small"
          lang={lang === 'ar' ? 'en' : 'ar'}
          onClick={() => setLang(lang === 'ar' ? 'en' : 'ar')}
        >
          {t.switchLanguage}
        </button>
      </div>
    </header>
  );
}
