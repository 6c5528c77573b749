import type { BaseStatus } from '../data/schema';
import { useMessages } from '../state/useMessages';
import { BASEMAP, ROUTE_COLORS, STATUS_COLORS } from '../theme/colors';
import { useCategories } from '../ui/useCategories';
import { OTHER_COLOR, usePointLook, type PointLook } from '../ui/usePointLook';
import { formatCount } from '../i18n';
import { useStory } from '../model/StoryContext';
import { useDatasetIO } from '../data/DatasetContext';
import { useViewState } from '../state/viewState';
import type { LayerGroup } from '../state/params';
import { LayerToggles } from './LayerToggles';
import { FillSwatch, LineSwatch, RingSwatch, ShapeSwatch } from './LegendSwatch';

const STATUSES = Object.keys(STATUS_COLORS) as BaseStatus[];

interface Props {
  open: boolean;
  onToggle: () => void;
  hidden: readonly LayerGroup[];
  onHidden: (h: LayerGroup[]) => void;
}

export function Legend({ open, onToggle, hidden, onHidden }: Props) {
  const { t, lang } = useMessages();
  const cats = useCategories();
  const look = usePointLook();
  const view = useViewState();
  // an imported dataset is shown as itself: the story's bases and routes only when overlaid
  const imported = useDatasetIO().datasetName !== null;
  const story = !imported || view.storyOverlay;
  return (
    <aside className={`legend${open ? '' : ' is-closed'}`} aria-labelledby="legend-h" data-overlay>
      <div className="legend__bar">
        <h2 id="legend-h" className="legend__title">
          {t.legendTitle}
        </h2>
        <button
          type="button"
          className="btn btn--small"
          aria-expanded={open}
          aria-controls="legend-body"
          onClick={onToggle}
        >
          {open ? t.legendHide : t.legendShow}
        </button>
      </div>
      <div id="legend-body" hidden={!open}>
        <LayerToggles hidden={hidden} onChange={onHidden} />
        {imported && (
          <label className="legend__overlay">
            <input
              type="checkbox"
              checked={view.storyOverlay}
              onChange={(e) => view.setStoryOverlay(e.target.checked)}
            />{' '}
            {t.legendStoryOverlay}
          </label>
        )}
        {story && (
          <>
            <h3 className="legend__h">{t.legendBases}</h3>
            <ul className="legend__list">
              {STATUSES.map((s) => (
                <li key={s}>
                  <ShapeSwatch shape="square" color={STATUS_COLORS[s]} />
                  {t.statuses[s]}
                </li>
              ))}
            </ul>
          </>
        )}
        <PointLookChoice look={look} />
        {look.colorBy ? (
          <>
            <h3 className="legend__h">{t.legendColorBy(look.colorBy.name)}</h3>
            <ul className="legend__list">
              {[...look.valueColors].map(([v, color]) => (
                <li key={v}>
                  <ShapeSwatch shape="circle" color={color} />
                  <bdi>{v}</bdi>
                </li>
              ))}
              <li>
                <ShapeSwatch shape="circle" color={OTHER_COLOR} />
                {t.legendOtherValue}
              </li>
            </ul>
          </>
        ) : (
          <>
            <h3 className="legend__h">{t.legendEvents}</h3>
            <ul className="legend__list">
              {cats.ids.map((c) => (
                <li key={c}>
                  <ShapeSwatch shape="circle" color={cats.color(c)} />
                  {cats.label(c)}
                </li>
              ))}
            </ul>
          </>
        )}
        {look.sizeBy && (
          <p className="legend__size">
            {t.legendSizeBy(
              look.sizeBy.name,
              formatCount(look.sizeBy.min, lang),
              formatCount(look.sizeBy.max, lang),
            )}
          </p>
        )}
        {story && (
          <>
            <h3 className="legend__h">{t.legendPlaces}</h3>
            <ul className="legend__list">
              <li>
                <ShapeSwatch shape="square" color={STATUS_COLORS.held} />
                {t.placeTypes.base}
              </li>
              <li>
                <ShapeSwatch shape="triangle" color={STATUS_COLORS.held} />
                {t.placeTypes.airbase}
              </li>
              <li>
                <ShapeSwatch shape="diamond" color={BASEMAP.crossing} />
                {t.placeTypes['border-crossing']}
              </li>
              <li>
                <ShapeSwatch shape="cross" color={BASEMAP.crossing} />
                {t.placeTypes['border-tripoint']}
              </li>
              <li>
                <ShapeSwatch shape="circle" color={BASEMAP.town} />
                {t.placeTypes.town}
              </li>
              <li>
                <RingSwatch />
                {t.legendUncertain}
              </li>
            </ul>
            <h3 className="legend__h">{t.legendRoutes}</h3>
            <ul className="legend__list">
              <li>
                <LineSwatch color={ROUTE_COLORS.highway} casing />
                {t.routeKinds.highway} ({t.legendSchematic})
              </li>
              <li>
                <LineSwatch color={ROUTE_COLORS.convoy} dash="5 4" />
                {t.routeKinds.convoy} ({t.legendSchematic})
              </li>
              <li>
                <LineSwatch color={ROUTE_COLORS.alternative} dash="5 4" width={2} />
                {t.routeKinds.alternative} ({t.legendSchematic})
              </li>
              <li>
                <LineSwatch color={ROUTE_COLORS.relocation} dash="5 4" width={2} />
                {t.routeKinds.relocation}
              </li>
              <li>
                <FillSwatch color={ROUTE_COLORS.zone} />
                {t.routeKinds.zone}
              </li>
              <li>
                <LineSwatch color={BASEMAP.movement} width={4} />
                {t.legendActiveMovement}
              </li>
            </ul>
          </>
        )}
        <h3 className="legend__h">{t.legendBorders}</h3>
        <ul className="legend__list">
          <li>
            <LineSwatch color={BASEMAP.syriaIraq} width={3} />
            {t.legendSyriaIraq}
          </li>
          <li>
            <LineSwatch color={BASEMAP.syriaJordan} width={2.2} />
            {t.legendSyriaJordan}
          </li>
          <li>
            <LineSwatch color={BASEMAP.border} width={1.3} />
            {t.legendOtherBorder}
          </li>
          <li>
            <LineSwatch color={BASEMAP.governorate} width={1} dash="3 2" />
            {t.legendGovernorate}
          </li>
          <li>
            <LineSwatch color={BASEMAP.river} width={2} />
            {t.legendRiver}
          </li>
        </ul>
      </div>
    </aside>
  );
}

/** With an imported dataset's own columns: colour the points by a text column, size them by a number column. */
function PointLookChoice({ look }: { look: PointLook }) {
  const { t } = useMessages();
  const { attributes } = useStory().model;
  const view = useViewState();
  if (attributes.facets.length === 0 && attributes.numbers.length === 0) return null;
  return (
    <div className="legend__look">
      {attributes.facets.length > 0 && (
        <label>
          <span>{t.legendColorChoice}</span>
          <select value={look.colorBy?.name ?? ''} onChange={(e) => view.setColorBy(e.target.value || null)}>
            <option value="">{t.legendByCategory}</option>
            {attributes.facets.map((f) => (
              <option key={f.name} value={f.name}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {attributes.numbers.length > 0 && (
        <label>
          <span>{t.legendSizeChoice}</span>
          <select value={look.sizeBy?.name ?? ''} onChange={(e) => view.setSizeBy(e.target.value || null)}>
            <option value="">{t.legendOneSize}</option>
            {attributes.numbers.map((n) => (
              <option key={n.name} value={n.name}>
                {n.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
