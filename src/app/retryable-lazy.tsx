import { lazy, type ComponentType } from 'react';

/**
 * React.lazy that forgets a failed load: the next render after an error (the screen's Retry)
 * imports again instead of rethrowing the cached rejection.
 */
export function retryableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
) {
  const make = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        current = make();
        throw error;
      }),
    );
  let current = make();
  return function Retryable(props: P) {
    const Current = current;
    return <Current {...props} />;
  };
}
