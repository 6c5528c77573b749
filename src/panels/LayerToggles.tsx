import { useMessages } from '../state/useMessages';
import { LAYER_GROUPS, type LayerGroup } from '../state/params';

/** Switch groups of map layers on and off (kept in the link as `hide`). */
export function LayerToggles({
  hidden,
  onChange,
}: {
  hidden: readonly LayerGroup[];
  onChange: (h: LayerGroup[]) => void;
}) {
  const { t } = useMessages();
  return (
    <fieldset className="layers">
      <legend className="legend__h">{t.layersTitle}</legend>
      {LAYER_GROUPS.map((g) => (
        <label key={g} className="layers__item">
          <input
            type="checkbox"
            checked={!hidden.includes(g)}
            onChange={(e) => onChange(e.target.checked ? hidden.filter((h) => h !== g) : [...hidden, g])}
          />
          {t.layerGroups[g]}
        </label>
      ))}
    </fieldset>
  );
}
