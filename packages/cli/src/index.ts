export { run, type Io } from './run.js';
export { formatSarif, PARSE_ERROR_RULE } from './format/sarif.js';
export { formatGithub } from './format/github.js';
