import type { OfferFeature } from "./offer-features";

// Simple line drawings on a 24×24 grid; the feature's name is always written next to them.
const paths: Record<OfferFeature, string> = {
  furnished: "M4 11V8a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v3M2 13a2 2 0 0 1 4 0v2h12v-2a2 2 0 0 1 4 0v5H2zM4 18v2M20 18v2",
  kitchen: "M6 3v7a2 2 0 0 0 4 0V3M8 3v18M17 21V3c-2 1-3 4-3 8h3",
  ownBathroom: "M3 12h18v2a5 5 0 0 1-5 5H8a5 5 0 0 1-5-5zM6 12V6a2 2 0 0 1 4 0M7 19l-1 2M17 19l1 2",
  barrierFree: "M12 4.5a1.5 1.5 0 1 0 0-.01M11 8v6h5l2 5M11 11h4M8 11.5a5 5 0 1 0 7 6",
  petsAllowed:
    "M12 13c-3 0-5 3-5 5a2 2 0 0 0 3 2h4a2 2 0 0 0 3-2c0-2-2-5-5-5zM6.5 11a1.5 2 0 1 0 0-.01M17.5 11a1.5 2 0 1 0 0-.01M9.5 6.5a1.5 2 0 1 0 0-.01M14.5 6.5a1.5 2 0 1 0 0-.01",
  smokingAllowed: "M2 15h15v3H2zM19 15v3M22 15v3M18 12c0-2 2-2 2-4s-2-2-2-4",
};

/** Decoration only: screen readers read the text beside it. */
export function FeatureIcon({ feature }: { feature: OfferFeature }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[feature]} />
    </svg>
  );
}
