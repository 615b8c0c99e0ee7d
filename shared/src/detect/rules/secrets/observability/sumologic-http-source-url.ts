import { tokenRule } from '../../../define';

/** Sumo Logic hosted HTTP collector URL (`endpointN.collection.<dep>.sumologic.com/receiver/v1/http/<token>`); the path token authorizes ingestion. */
export const sumologicHttpSourceUrl = tokenRule({
  id: 'sumologic-http-source-url',
  title: 'Sumo Logic HTTP source URL',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['//endpoint', '//collectors.', 'endpoint', 'collectors.'],
  pattern: /(?:\/\/)?[a-z0-9.-]{0,60}sumologic\.com\/receiver\/v1\/(?:http|otlp)\/(?<secret>[A-Za-z0-9_=-]{40,200})/,
});
