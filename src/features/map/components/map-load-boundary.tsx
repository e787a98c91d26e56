import { Component, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the map when its code could not be loaded (e.g. offline at the first interaction). */
  fallback: (retry: () => void) => ReactNode;
  /** Called on retry, before the map is tried again (a fresh lazy import). */
  onRetry: () => void;
  children: ReactNode;
}

/**
 * The live map's code is a chunk of its own, loaded at the first interaction: if that fails
 * (no connection, a deploy replaced the file), the page keeps working and says so, with a retry,
 * instead of an error taking the whole view down.
 */
export class MapLoadBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  private retry = () => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
