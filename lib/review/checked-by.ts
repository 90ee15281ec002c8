/** The longest "who set the mark" of a checked landlord (lib/review/checked-landlords.ts) the form takes. */
export const checkedByMaxLength = 80;
