import type { Bilingual } from '../data/schema';
import { pick } from '../i18n';
import { useMessages } from '../state/useMessages';

/** Kicker, close button, the name in the active language and, beneath it, in the other one. */
export function CardHeader({
  kicker,
  name,
  titleId,
  onClose,
}: {
  kicker: string;
  name: Bilingual;
  titleId: string;
  onClose: () => void;
}) {
  const { t, lang } = useMessages();
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <>
      <div className="card__bar">
        <p className="card__kicker">{kicker}</p>
        <button
          type="button"
          className="btn btn--icon"
          onClick={onClose}
          aria-label={t.close}
          title={t.close}
        >
          ✕
        </button>
      </div>
      <h2 id={titleId} className="card__title">
        {pick(name, lang)}
      </h2>
      <p className="card__alt" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
        {name[other]}
      </p>
    </>
  );
}
