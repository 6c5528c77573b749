/**
 * The layout's breakpoints, for the code that needs them. styles.css writes the same widths in
 * its @media rules (media queries cannot read custom properties); layout.test.ts checks that
 * the two agree, so a change to one that forgets the other fails the unit tests.
 */
export const BREAKPOINTS = {
  /** Phone: the side panel is a bottom sheet; the date fields move into the filters tab. */
  phone: 599,
  /** Narrow: the presentation card sits below the map instead of beside it. */
  narrow: 899,
} as const;

export const PHONE_QUERY = `(max-width: ${BREAKPOINTS.phone}px)`;

/** Wide enough for the legend to start open beside the side panel without covering the story. */
export const LEGEND_OPEN_MIN_WIDTH = 1100;
