#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by the repo's `prepare` script, or `npm run build`).
import '../dist/bin.js';
