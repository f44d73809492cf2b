export { ApiMetrics } from './api-metrics.js';
export { ApiOptions, apiOptions, type ApiOptionsInput } from './api-options.js';
export { ROLES, type ApiRouteEntry } from './authentication.js';
export { buildApp, type ApiDeps } from './build-app.js';
export { KeyVerifier, type KeyVerifierOptions, type Principal } from './key-verifier.js';
export { decodeCursor, encodeCursor } from './page-cursor.js';
export { PROBLEM_CONTENT_TYPE, Problem, ProblemField, problemFor, problemOf } from './problem.js';
export { MAX_SCREEN_LISTINGS } from './routes/screen-route.js';
