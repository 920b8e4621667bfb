import { Component, type ReactNode } from 'react';

interface State {
  readonly error: Error | null;
}

/** One broken answer shows a message and its source; the rest of the screen keeps working. */
export class AnswerBoundary extends Component<{ source: string; children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <p>This answer could not be displayed ({this.state.error.message}). Its text:</p>
        <pre className="markdown-source">{this.props.source}</pre>
      </div>
    );
  }
}
