import { DEMO_DEFAULTS, type DemoOptions } from '../../packages/api/src/demo/demo-data.js';

/** The demo dataset the tests start from: small, so the template loads in seconds. */
export const TEST_DEMO: DemoOptions = { ...DEMO_DEFAULTS, clients: 400, days: 60 };
