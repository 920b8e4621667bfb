import { useState } from 'react';

/**
 * A remote image in an answer: not fetched until the learner asks, so opening a card never
 * contacts another site on its own.
 */
export function RemoteImage({ src, alt }: { src: string; alt: string }) {
  const [allowed, setAllowed] = useState(false);
  const host = (() => {
    try {
      return new URL(src, 'https://invalid.example').host;
    } catch {
      return 'another site';
    }
  })();
  if (allowed) return <img src={src} alt={alt} />;
  return (
    <button type="button" className="remote-image" onClick={() => setAllowed(true)}>
      Show image{alt ? ` “${alt}”` : ''} from {host}
    </button>
  );
}
