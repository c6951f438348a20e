/** How each verdict is named to the reader, in the card, the popup and to screen readers. */
export const VERDICT_WORDS = { consistent: 'Consistent', conflicting: 'Conflicting', unverified: 'Unverified' } as const;
