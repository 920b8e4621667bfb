import { Component, type ReactNode } from 'react';
import { ScreenFailure } from './screen-failure.tsx';

interface ScreenBoundaryProps {
  /** Leaving the page (a new hash) clears a failure. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

/** Keeps a screen that throws while rendering from blanking the app. */
export class ScreenBoundary extends Component<ScreenBoundaryProps, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidUpdate(previous: ScreenBoundaryProps) {
    if (previous.resetKey !== this.props.resetKey && this.state.error !== null) {
      this.setState({ error: null });
    }
  }

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <ScreenFailure error={this.state.error} onRetry={() => this.setState({ error: null })} />
    );
  }
}
