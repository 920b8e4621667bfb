/**
 * Marks a browser test about how things look at a size (overflow, axe, layout shift, the first
 * screen on a phone): it runs at 1280, 360 and 320 px. Every other test is about behaviour,
 * which does not change with the width, and runs once, on the desktop (playwright.config.ts).
 */
export const LAYOUT = { tag: '@layout' } as const;

/**
 * Marks a behaviour test that runs once more on a touch phone, because what reaches the user
 * there goes another way (touch, no key hints, a narrow header, a scrolling navigation): undo
 * after a reload, the update banner's reload, the library's three flows. Behaviour is the same
 * at any phone width, so it runs on the narrowest (320 px), where the header and navigation are
 * tightest; the 360 px phone runs only what is about the size.
 */
export const ON_A_PHONE_TOO = { tag: '@phone-too' } as const;
