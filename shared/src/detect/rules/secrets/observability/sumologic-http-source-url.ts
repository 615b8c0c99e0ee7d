import { regexRule } from '../../../define';

/** Sumo Logic hosted HTTP collector URL; the path token after `/receiver/v1/http/` authorizes ingestion. */
export const sumologicHttpSourceUrl = regexRule({
  id: 'sumologic-http-source-url',
  title: 'Sumo Logic HTTP source URL',
  severity: 'high',
  confidence: 0.95,
  pattern: /sumologic\.com\/receiver\/v1\/(?:http|otlp)\/(?<secret>[A-Za-z0-9_=-]{40,200})/,
});
