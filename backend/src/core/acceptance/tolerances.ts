/** The tolerances the acceptance rules read (config/installation-config.ts gives the configured ones). */
export interface AcceptanceTolerancesLike {
  headingDegrees: number;
  tiltDegrees: number;
  positionMeters: number;
  mountHeightMeters: number;
  blackSpotLossPoints: number;
}
