import { messagesFor, type Lang, type Messages } from '../i18n';
import { useViewState } from './viewState';

/** The messages in the view's language (the `lang` link parameter). */
export function useMessages(): { t: Messages; lang: Lang } {
  const { lang } = useViewState();
  return { t: messagesFor(lang), lang };
}
