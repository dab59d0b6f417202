// Build-time flags (wxt.config.ts `define`): replaced by constants, so code behind a false one
// is left out of the bundle.
interface ImportMetaEnv {
  /** Only in the benchmark build (STEADY_MEASURES=1): the detector's performance measures. */
  readonly STEADY_MEASURES: boolean;
}
