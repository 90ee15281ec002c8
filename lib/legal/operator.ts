/**
 * The operator of the Wohnraumbörse, as the imprint and every privacy policy name it. Only facts known for certain
 * belong here: a line that is not known is left out rather than guessed.
 */
export const operator = {
  name: "Tür an Tür – Digitalfabrik gGmbH",
  street: "Wertachstraße 29",
  postalCode: "86153",
  city: "Augsburg",
  email: "hallo@digitalfabrik.org",
  registerCourt: "Amtsgericht Augsburg",
} as const;
