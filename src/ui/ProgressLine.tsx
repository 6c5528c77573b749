import type { ImportProgress } from '../data/io/types';

/**
 * A labelled progress bar for reading a file: a fraction, or 'unknown' (a compressed download,
 * whose length is not the text's) — with no value, the bar says "working, how far not known".
 */
export function ProgressLine({
  label,
  progress,
  className,
}: {
  label: string;
  progress: ImportProgress;
  className: string;
}) {
  return (
    <div className={className} role="status">
      <span>{label}</span>
      <progress max={1} {...(progress !== 'unknown' && { value: progress })} aria-label={label} />
    </div>
  );
}
