/**
 * Tend's visual identity in one place: the colours of the icon (public/icon/icon.svg) and the sizes it is exported to.
 * The toolbar badge takes the icon's deep green, so the badge and the icon read as one thing.
 */
export const BRAND = {
  /** The icon's tile: mid green, visible on light (#f1f3f4) and dark (#202124) toolbars alike. */
  tile: '#2f8a57',
  /** The leaves' veins and the badge: deep green, white text on it passes 4.5:1 (7.9:1). */
  deep: '#1d5c3a',
} as const;

/** The badge behind the count of due onboarding items. */
export const BADGE_COLOUR = BRAND.deep;

/**
 * PNG sizes exported by `npm run icons` into public/icon/<size>.png: 16 and 32 for the toolbar (1x and 2x),
 * 48 for the extensions page, 96 for Firefox Add-ons (2x of 48), 128 for the Chrome Web Store and installs.
 */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
/** Sizes given to the toolbar button (`action.default_icon`). */
export const ACTION_ICON_SIZES = [16, 32, 48] as const;

export const iconPath = (size: number) => `icon/${size}.png`;
