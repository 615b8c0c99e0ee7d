// Node-only: the HTTP toolkit of the gateway and the org server (express). Never imported by the extension.
export * from './http-error';
export { readBody, readBodyBytes, readJson, readJsonBody, parseWith } from './body';
export { discardRest, bodyAbandoned, DISCARD_BOUNDS, type DiscardBounds } from './discard-rest';
export { readAllCapped, type CappedReadOptions } from './read-all-capped';
export { sendJson, sendText, startJson, sendError, errorBody } from './respond';
export { errorResponder, jsonErrorHandler, noRoute, type ErrorHandlerOptions } from './error-handler';
export { rawRoutes, type RawMatch } from './raw-routes';
export { mountRoutes, routeParams, requestUrl, type Handler, type RouteContext, type RouteEntry } from './route-table';
export { pageHeaders, type PageHeaderOptions } from './page-headers';
export { guessLimit, DEFAULT_GUESS_BUDGET, type GuessBudget, type GuessEvent, type GuessLimitOptions } from './guess-limit';
export { clientAddress } from './client-address';
