import { CHROMIUM_ARGS } from '../../tests/e2e/support/browser';

/**
 * The measurement scripts' browser flags: the e2e tests' own (SwiftShader WebGL, no background
 * traffic) plus any in `SF_EXTRA_CHROMIUM_ARGS`, split at spaces, for example
 * `--disable-gpu-compositing` to see what Chromium's emulated GPU costs on a machine without one.
 */
export const MEASURE_CHROMIUM_ARGS: string[] = [
  ...CHROMIUM_ARGS,
  ...(process.env.SF_EXTRA_CHROMIUM_ARGS?.split(' ').filter(Boolean) ?? []),
];
