/**
 * ESLint options module for `--concurrency`: worker threads import this URL
 * and rebuild the options (plugin objects cannot be cloned into workers).
 * The scan parameters travel as JSON in the URL's query.
 */
import { eslintOptions, type ScanParams } from './eslint-options.js';

const encoded = new URL(import.meta.url).searchParams.get('params');
if (encoded === null) throw new Error('auth-hygiene: worker-options.js must be imported with ?params=');

export default eslintOptions(JSON.parse(encoded) as ScanParams);
