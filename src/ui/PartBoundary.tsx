/**
 * Contains a failure in one part of the page: that part shows what went wrong and a way to try
 * again; the map, the timeline and the other panels keep working. (React reports the error on
 * the console, as for any caught error.)
 */
import { Component, type ReactNode } from 'react';
import { useMessages } from '../state/useMessages';

interface Props {
  /** Which part this is, for the message (a key of the `parts` messages). */
  part: 'panel' | 'map' | 'timeline' | 'legend' | 'presentation' | 'app';
  /** When this changes (e.g. another event is selected), a failed part tries again by itself. */
  resetKey?: unknown;
  children: ReactNode;
}

export class PartBoundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidUpdate(prev: Props) {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <PartFailed
        part={this.props.part}
        message={this.state.error.message}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

function PartFailed({
  part,
  message,
  onRetry,
}: {
  part: Props['part'];
  message: string;
  onRetry: () => void;
}) {
  const { t } = useMessages();
  return (
    <div className={`card part-failed part-failed--${part}`} role="alert">
      <p className="part-failed__title">{t.partFailed(t.parts[part])}</p>
      <p className="part-failed__detail">{message}</p>
      <button type="button" className="btn btn--small" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}
