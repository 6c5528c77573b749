import { useViewState } from '../state/viewState';
import { messagesFor, type Lang, type Messages } from '.';

export function useMessages(): { t: Messages; lang: Lang } {
  const { lang } = useViewState();
  return { t: messagesFor(lang), lang };
}
