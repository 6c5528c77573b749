import type { IconShape } from '../theme/shapes';

/** Small SVG swatches matching the map's symbols. Decorative: the text beside them carries the meaning. */
export function ShapeSwatch({ shape, color }: { shape: IconShape; color: string }) {
  const common = { fill: color, stroke: '#ffffff', strokeWidth: 1.5 };
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" className="swatch">
      {shape === 'square' && <rect x="3" y="3" width="12" height="12" rx="1" {...common} />}
      {shape === 'triangle' && <polygon points="9,2 16,15 2,15" {...common} />}
      {shape === 'diamond' && <polygon points="9,1.5 16.5,9 9,16.5 1.5,9" {...common} />}
      {shape === 'circle' && <circle cx="9" cy="9" r="5" {...common} />}
      {shape === 'cross' && <path d="M4 4 L14 14 M14 4 L4 14" stroke={color} strokeWidth="3" />}
      {shape === 'arrow' && <polygon points="3,3 15,9 3,15" {...common} />}
    </svg>
  );
}

export function LineSwatch({
  color,
  width = 3,
  dash,
  casing,
}: {
  color: string;
  width?: number;
  dash?: string;
  casing?: boolean;
}) {
  return (
    <svg width="30" height="14" viewBox="0 0 30 14" aria-hidden="true" className="swatch">
      {casing && (
        <line x1="2" y1="7" x2="28" y2="7" stroke="#ffffff" strokeWidth={width + 3} strokeLinecap="round" />
      )}
      <line x1="2" y1="7" x2="28" y2="7" stroke={color} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}

export function RingSwatch() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" className="swatch">
      <circle cx="9" cy="9" r="7.5" fill="rgba(85,85,85,0.15)" stroke="#444" strokeDasharray="2 2" />
    </svg>
  );
}

export function FillSwatch({ color }: { color: string }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" className="swatch">
      <rect
        x="1.5"
        y="1.5"
        width="15"
        height="15"
        fill={color}
        fillOpacity="0.2"
        stroke={color}
        strokeDasharray="3 2"
      />
    </svg>
  );
}
