import { useState } from 'react';
import type { ActivateUpdate } from './update-ready.ts';
import './update-banner.css';

/** Offers the version that was deployed since this tab opened; progress is not touched. */
export default function UpdateBanner({ activate }: { activate: ActivateUpdate }) {
  const [reloading, setReloading] = useState(false);
  return (
    <div className="banners">
      <div className="banner update-banner" role="status">
        <p>A new version is ready{reloading ? ': reloading…' : '.'}</p>
        <button
          type="button"
          className="primary"
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            void activate();
          }}
        >
          Reload
        </button>
      </div>
    </div>
  );
}
