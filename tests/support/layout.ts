/**
 * Marks a browser test about how things look at a size (overflow, axe, layout shift, the first
 * screen on a phone): it runs at 1280, 360 and 320 px. Every other test is about behaviour,
 * which does not change with the width, and runs once, on the desktop (playwright.config.ts).
 */
export const LAYOUT = { tag: '@layout' } as const;

/**
 * Marks a behaviour test that also runs at 360 and 320 px, on a touch phone, because what
 * reaches the user there goes another way (touch, no key hints, a narrow header, a scrolling
 * navigation): undo after a reload, the update banner's reload, the library's three flows.
 */
export const EVERY_SIZE = { tag: '@every-size' } as const;
