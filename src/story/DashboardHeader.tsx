/** The dashboard's header: the title, the language switch, Present and Share. */
import { pick } from '../i18n';
import { useDatasetIO } from '../data/DatasetContext';
import { useStory } from '../model/StoryContext';
import { ShareMenu } from '../share/ShareMenu';
import { useMessages } from '../state/useMessages';
import { Header } from './Header';

interface Props {
  onPresent: () => void;
  /** Takes focus when the dashboard comes back from a presentation. */
  presentButtonRef: (el: HTMLButtonElement | null) => void;
  onSnapshot: (scale: 1 | 2) => Promise<string>;
}

export function DashboardHeader({ onPresent, presentButtonRef, onSnapshot }: Props) {
  const { t, lang } = useMessages();
  const { current } = useStory().model;
  const { datasetName } = useDatasetIO();
  return (
    <Header
      subtitle={datasetName ? t.datasetSubtitle(datasetName) : undefined}
      actions={
        <>
          <button type="button" className="btn btn--small" onClick={onPresent} ref={presentButtonRef}>
            {t.present} <span aria-hidden="true">▶</span>
          </button>
          <ShareMenu
            viewTitle={current ? pick(current.title, lang) : t.appSubtitle}
            onSnapshot={onSnapshot}
          />
        </>
      }
    />
  );
}
