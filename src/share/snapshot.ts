/**
 * A PNG of the current view for a slide: the map as drawn, with the event's title and date,
 * a legend of base statuses and the attribution, at 1× or 2× the screen's CSS pixels.
 */
import { downloadBlob } from '../ui/download';

export interface SnapshotText {
  appTitle: string;
  title: string;
  date: string;
  legendTitle: string;
  legend: readonly { color: string; label: string }[];
  attribution: string;
  dir: 'ltr' | 'rtl';
}

const FONT = '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif';

/** Greedy word wrap to a width (measured with the context's current font). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export function composeSnapshot(
  map: HTMLCanvasElement,
  scale: number,
  text: SnapshotText,
): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height;
  const ctx = out.getContext('2d')!;
  ctx.drawImage(map, 0, 0);
  ctx.scale(scale, scale);
  const W = map.width / scale;
  const H = map.height / scale;
  const rtl = text.dir === 'rtl';
  ctx.direction = text.dir;
  ctx.textAlign = 'start';
  ctx.textBaseline = 'top';
  // x of a box that starts on the reading side
  const startX = (w: number, margin: number) => (rtl ? W - margin - w : margin);
  const textX = (x: number, w: number, pad: number) => (rtl ? x + w - pad : x + pad);

  // title box, start side, top
  const boxW = Math.min(560, W - 32);
  ctx.font = `600 22px ${FONT}`;
  const titleLines = wrap(ctx, text.title, boxW - 32);
  const boxH = 24 + 18 + titleLines.length * 28 + 22;
  const bx = startX(boxW, 16);
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fillRect(bx, 16, boxW, boxH);
  ctx.fillStyle = '#5a6470';
  ctx.font = `13px ${FONT}`;
  ctx.fillText(text.appTitle, textX(bx, boxW, 16), 28);
  ctx.fillStyle = '#1c2530';
  ctx.font = `600 22px ${FONT}`;
  titleLines.forEach((l, i) => ctx.fillText(l, textX(bx, boxW, 16), 48 + i * 28));
  ctx.font = `15px ${FONT}`;
  ctx.fillStyle = '#333';
  ctx.fillText(text.date, textX(bx, boxW, 16), 50 + titleLines.length * 28);

  // legend, end side, above the attribution
  const legW = 210;
  const legH = 30 + text.legend.length * 20 + 8;
  const lx = rtl ? 16 : W - 16 - legW;
  const ly = H - 28 - legH;
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fillRect(lx, ly, legW, legH);
  ctx.fillStyle = '#1c2530';
  ctx.font = `600 13px ${FONT}`;
  ctx.fillText(text.legendTitle, textX(lx, legW, 12), ly + 10);
  ctx.font = `13px ${FONT}`;
  text.legend.forEach((item, i) => {
    const y = ly + 32 + i * 20;
    ctx.fillStyle = item.color;
    ctx.fillRect(rtl ? lx + legW - 12 - 12 : lx + 12, y + 2, 12, 12);
    ctx.fillStyle = '#222';
    ctx.fillText(item.label, rtl ? lx + legW - 32 : lx + 32, y);
  });

  // attribution strip along the foot
  ctx.font = `11px ${FONT}`;
  const aw = Math.min(W, ctx.measureText(text.attribution).width + 16);
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(rtl ? 0 : W - aw, H - 20, aw, 20);
  ctx.fillStyle = '#333';
  ctx.fillText(text.attribution, rtl ? aw - 8 : W - aw + 8, H - 16);
  return out;
}

/** Offer a canvas as a PNG download. */
export async function downloadPng(canvas: HTMLCanvasElement, name: string): Promise<void> {
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the image');
  downloadBlob(blob, name);
}
